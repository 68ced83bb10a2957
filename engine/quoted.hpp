// What an error message may show of text a user or a browser sent: one line, a bounded length.
// A message is one line (the CLI's contract, the page's toast), so a newline, a tab or another
// control character in the text is written as an escape, and a pasted page of text is cut short.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cnnlab {

// The text with every control character written as an escape: \n, \r, \t, \xNN (below 0x20, 0x7f, and
// bytes that are not UTF-8), \uNNNN (C1 controls, U+2028 and U+2029); a backslash is doubled, so
// the escapes are unambiguous. A whole message, which may hold such escapes already, keeps its
// backslashes (doubleBackslash false).
std::string oneLine(std::string_view text, bool doubleBackslash = true);

// "text" for a message: oneLine, at most `most` bytes of it (cut at a whole UTF-8 character, with …).
std::string inDoubleQuotes(std::string_view text, std::size_t most = 40);

// 'text' for a message: oneLine, cut after `most` bytes (at a whole UTF-8 character) with "…".
std::string inQuotes(std::string_view text, std::size_t most = 40);

}  // namespace cnnlab
