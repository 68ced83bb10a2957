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

// nlohmann's DOM builder with the duplicate-key check added. (nlohmann's callback parser, used before,
// scans the parent container at every object's end for a discarded value: quadratic in the number of
// siblings, 12 s for a spec of 150,000 one-key layer objects, refused at once now.)
class CheckedDomParser : public nlohmann::detail::json_sax_dom_parser<nlohmann::json> {
  using Base = nlohmann::detail::json_sax_dom_parser<nlohmann::json>;

 public:
  explicit CheckedDomParser(nlohmann::json& result) : Base(result, true) {}

  bool start_object(std::size_t elements) {
    keys_.emplace_back();
    return Base::start_object(elements);
  }
  bool end_object() {
    if (!keys_.empty()) keys_.pop_back();
    return Base::end_object();
  }
  bool key(std::string& key) {
    lastKey = key;
    if (!keys_.empty() && !keys_.back().insert(key).second)
      throw std::invalid_argument("bad JSON: the key " + quotedKey(key) + " is given twice in one object");
    return Base::key(key);
  }

  std::string lastKey;

 private:
  std::vector<std::set<std::string>> keys_;  // one set per open object
};

nlohmann::json parseJsonSafely(std::string_view text) {
  checkDepth(text);
  nlohmann::json result;
  CheckedDomParser parser(result);
  const std::string& lastKey = parser.lastKey;
  try {
    nlohmann::json::sax_parse(text.begin(), text.end(), &parser);
    return result;
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
