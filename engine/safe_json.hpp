// JSON from untrusted files (network specs, model headers), parsed with caps before anything is built.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cnnlab {

// Deeper nesting is refused before it can exhaust the stack of a recursive dump or copy.
constexpr std::size_t kMaxJsonDepth = 32;

// Parses text and returns the document. Throws std::invalid_argument with one line, without
// quoting the input, for: a syntax error ("bad JSON: … at line L, column C"), nesting deeper than
// kMaxJsonDepth, a key given twice in one object, or a number out of double's range (naming its field).
nlohmann::json parseJsonSafely(std::string_view text);

// A short description of an untrusted value for an error message: numbers, booleans and short
// strings as they are, longer strings cut, objects and arrays by kind only.
std::string describeJsonValue(const nlohmann::json& value);

}  // namespace cnnlab
