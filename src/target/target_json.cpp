// to_json(Target): the JSON form used by `jixiao target --format json` and the bindings.
#include <string>

#include <boost/json.hpp>

#include "jixiao/target.hpp"
#include "target/written.hpp"
#include "text/utf8.hpp"

namespace jixiao {

namespace {

using target_detail::decimal_text;

// JSON must be valid UTF-8: a text that is not (it carries an invalid_utf8 diagnostic) is shown
// with U+FFFD for each bad byte.
std::string valid_utf8(std::string_view s) {
  if (!text::find_invalid_utf8(s)) return std::string(s);
  std::string out;
  std::size_t offset = 0;
  while (offset < s.size()) {
    const std::string_view rest = s.substr(offset);
    const auto bad = text::find_invalid_utf8(rest);
    const std::size_t good = bad ? *bad : rest.size();
    out.append(rest.substr(0, good));
    offset += good;
    if (bad) {
      out += "\xEF\xBF\xBD";
      ++offset;
    }
  }
  return out;
}

boost::json::value decimal_or_null(const std::optional<Decimal>& value) {
  if (!value) return nullptr;
  return boost::json::string(decimal_text(*value));
}

boost::json::value text_or_null(const std::string& s) {
  if (s.empty()) return nullptr;
  return boost::json::string(valid_utf8(s));
}

boost::json::object to_object(const Target& t) {
  boost::json::object o;
  o["text"] = valid_utf8(t.text);
  o["kind"] = to_string(t.kind);
  if (t.comparator == Comparator::none) {
    o["comparator"] = nullptr;
  } else {
    o["comparator"] = comparator_ascii(t.comparator);
  }
  o["value"] = decimal_or_null(t.value);
  o["upper"] = decimal_or_null(t.upper);
  o["unit"] = text_or_null(t.unit);
  o["direction"] = to_string(t.direction);
  boost::json::array parts;
  for (const Target& part : t.parts)
    parts.push_back(to_object(part));
  o["parts"] = std::move(parts);
  boost::json::array diagnostics;
  boost::json::array details;
  for (const TargetDiagnostic& d : t.diagnostics) {
    diagnostics.push_back(boost::json::string(to_string(d)));
    details.push_back(boost::json::object{{"code", to_string(d.code)},
                                          {"char_offset", d.char_offset},
                                          {"byte_offset", d.byte_offset},
                                          {"char_length", d.char_length},
                                          {"message_zh", d.message_zh},
                                          {"message_en", d.message_en}});
  }
  o["diagnostics"] = std::move(diagnostics);
  o["diagnostic_details"] = std::move(details);
  o["label"] = text_or_null(t.label);
  o["body"] = valid_utf8(t.body);
  o["measure"] = text_or_null(t.measure);
  o["remark"] = text_or_null(t.remark);
  o["scope"] = text_or_null(t.scope);
  o["date"] = t.date ? boost::json::value(to_string(*t.date)) : boost::json::value(nullptr);
  o["date_upper"] =
      t.date_upper ? boost::json::value(to_string(*t.date_upper)) : boost::json::value(nullptr);
  o["approximate"] = t.approximate;
  o["canonical"] = valid_utf8(format(t));
  // A bare value ("100%") has no written comparator; the split uses to_mof()'s default (≥) and
  // says that it assumed it.
  const MofValue mof = to_mof(t);
  const bool assumed = mof.code != 6 && t.comparator == Comparator::none;
  o["mof"] = boost::json::object{
      {"code", mof.code},
      {"comparator_assumed", assumed},
      {"value", decimal_or_null(mof.value)},
      {"unit", mof.code == 6 ? boost::json::value(nullptr) : boost::json::value(mof.unit)},
      {"text", valid_utf8(mof.text)}};
  return o;
}

}  // namespace

std::string to_json(const Target& target) {
  return boost::json::serialize(to_object(target));
}

}  // namespace jixiao
