// What an error message may show of text a user or a browser sent: one line, a bounded length.
// A message is one line (the CLI's contract, the page's toast), so a newline, a tab or another
// control character in the text is written as an escape, and a pasted page of text is cut short.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cnnlab {

// The text with every control character (below 0x20, and 0x7f) written as \n, \r, \t or \xNN.
std::string oneLine(std::string_view text);

// 'text' for a message: oneLine, cut after `most` bytes (at a whole UTF-8 character) with "…".
std::string inQuotes(std::string_view text, std::size_t most = 40);

}  // namespace cnnlab
