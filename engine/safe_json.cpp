// Capped JSON parsing: depth, duplicate keys and number range checked while the parser runs.
#include "engine/safe_json.hpp"

#include <set>
#include <vector>

namespace cnnlab {

namespace {

std::string quotedKey(const std::string& key) {
  return "\"" + (key.size() > 40 ? key.substr(0, 40) + "…" : key) + "\"";
}

// The opening brackets must be counted outside strings; nlohmann's parser is iterative, but a
// pre-scan stops a deep document before any value is built.
void checkDepth(std::string_view text) {
  std::size_t depth = 0;
  bool inString = false, escaped = false;
  for (char ch : text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch == '\\') escaped = true;
      else if (ch == '"') inString = false;
    } else if (ch == '"') {
      inString = true;
    } else if (ch == '[' || ch == '{') {
      if (++depth > kMaxJsonDepth)
        throw std::invalid_argument("bad JSON: nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    } else if ((ch == ']' || ch == '}') && depth > 0) {
      --depth;
    }
  }
}

}  // namespace

std::string describeJsonValue(const nlohmann::json& value) {
  if (value.is_object()) return "an object";
  if (value.is_array()) return "an array";
  if (value.is_string()) {
    const std::string& s = value.get_ref<const std::string&>();
    return nlohmann::json(s.size() > 40 ? s.substr(0, 40) + "…" : s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  return value.dump();  // a number, a boolean or null: short
}

nlohmann::json parseJsonSafely(std::string_view text) {
  checkDepth(text);
  std::vector<std::set<std::string>> keys;  // one set per open object
  std::string lastKey;
  auto callback = [&](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using E = nlohmann::json::parse_event_t;
    if (event == E::object_start) keys.emplace_back();
    else if (event == E::object_end && !keys.empty()) keys.pop_back();
    else if (event == E::key && !keys.empty()) {
      lastKey = parsed.get<std::string>();
      if (!keys.back().insert(lastKey).second)
        throw std::invalid_argument("bad JSON: the key " + quotedKey(lastKey) + " is given twice in one object");
    }
    return true;
  };
  try {
    return nlohmann::json::parse(text.begin(), text.end(), callback);
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    const auto bracket = what.find("] ");
    what = bracket == std::string::npos ? what : what.substr(bracket + 2);
    // nlohmann quotes the last token read; cut it so a huge token never reaches a message.
    if (what.size() > 200) what = what.substr(0, 200) + "…";
    throw std::invalid_argument("bad JSON: " + what);
  } catch (const nlohmann::json::out_of_range&) {
    throw std::invalid_argument("bad JSON: a number " + (lastKey.empty() ? std::string() : "in " + quotedKey(lastKey) + " ") +
                                "is out of range (beyond ±1.8e308)");
  } catch (const nlohmann::json::exception&) {
    throw std::invalid_argument("bad JSON: the text cannot be read (invalid UTF-8?)");
  }
}

}  // namespace cnnlab
