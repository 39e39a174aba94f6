#include "target/diagnostics.hpp"

#include <algorithm>
#include <utility>

#include "text/utf8.hpp"

namespace jixiao::target_detail {

namespace {

constexpr std::size_t max_subject_chars = 24;

// At most max_subject_chars code points of `subject`, with "…" when cut; invalid UTF-8 never
// reaches here (subjects come from validated text or are ASCII).
std::string shorten(std::string_view subject) {
  std::size_t offset = 0;
  std::size_t chars = 0;
  while (offset < subject.size() && chars < max_subject_chars) {
    offset += text::decode_at(subject, offset).length;
    ++chars;
  }
  std::string out(subject.substr(0, offset));
  if (offset < subject.size()) out += "…";
  return out;
}

std::string zh_quote(const std::string& s) {
  return "“" + s + "”";
}
std::string en_quote(const std::string& s) {
  return "\"" + s + "\"";
}

}  // namespace

TargetDiagnostic make_diagnostic(TargetDiagnosticCode code, std::size_t char_offset,
                                 std::size_t byte_offset, std::size_t char_length,
                                 std::string_view subject, std::size_t count) {
  TargetDiagnostic d;
  d.code = code;
  d.char_offset = char_offset;
  d.byte_offset = byte_offset;
  d.char_length = char_length;
  const std::string s = shorten(subject);
  const std::string where_zh = "第 " + std::to_string(char_offset + 1) + " 个字符：";
  const std::string where_en = "at character " + std::to_string(char_offset + 1) + ": ";
  std::string zh;
  std::string en;
  using C = TargetDiagnosticCode;
  switch (code) {
    case C::invalid_utf8:
      zh = "第 " + std::to_string(byte_offset) + " 字节处不是有效的 UTF-8 编码，未读取指标值";
      en = "invalid UTF-8 at byte " + std::to_string(byte_offset) + "; the target was not read";
      d.message_zh = zh;
      d.message_en = en;
      return d;
    case C::too_long:
      zh = "指标值长 " + std::to_string(count) + " 字节，超过上限 " +
           std::to_string(max_target_bytes) + " 字节，未读取";
      en = "the target is " + std::to_string(count) + " bytes long, over the limit of " +
           std::to_string(max_target_bytes) + "; it was not read";
      d.message_zh = zh;
      d.message_en = en;
      return d;
    case C::control_character:
      zh = "忽略了 " + std::to_string(count) + " 个控制字符";
      en = "ignored " + std::to_string(count) + " control character(s)";
      break;
    case C::not_filled_in:
      zh = zh_quote(s) + "表示未填写，没有给出指标值";
      en = en_quote(s) + " marks the cell as not filled in: no target value is given";
      break;
    case C::vague_phrase:
      zh = zh_quote(s) + "指向未写明的数值，无法衡量";
      en = en_quote(s) + " refers to a number that is not given: not measurable";
      break;
    case C::comparator_without_number:
      zh = zh_quote(s) + "后面没有数值";
      en = en_quote(s) + " is not followed by a number";
      break;
    case C::no_value:
      zh = "未读到数值、日期或文字表述";
      en = "no number, date or statement could be read";
      break;
    case C::number_too_large:
      zh = "数值" + zh_quote(s) + "超出可精确表示的范围（38 位有效数字）";
      en = "the number " + en_quote(s) + " has more digits than can be held exactly (38)";
      break;
    case C::conflicting_comparators:
      zh = zh_quote(s) + "中的比较关系相互矛盾";
      en = "the comparisons in " + en_quote(s) + " contradict each other";
      break;
    case C::approximate:
      zh = zh_quote(s) + "是约数，按所写数值读取";
      en = en_quote(s) + " is approximate; read as the number written";
      break;
    case C::unknown_unit:
      zh = "单位" + zh_quote(s) + "不在词表中，按原样保留";
      en = "the unit " + en_quote(s) + " is not in the vocabulary; kept as written";
      break;
    case C::other_number:
      zh = zh_quote(s) + "按说明文字读取，不作为指标值";
      en = en_quote(s) + " was read as description, not as the target";
      break;
    case C::range_reversed:
      zh = "区间" + zh_quote(s) + "上下限颠倒，已按从小到大读取";
      en = "the bounds of " + en_quote(s) + " are reversed; read from low to high";
      break;
    case C::units_differ:
      zh = "区间" + zh_quote(s) + "两端的单位无法比较";
      en = "the two ends of " + en_quote(s) + " are in units that cannot be compared";
      break;
  }
  d.message_zh = where_zh + zh;
  d.message_en = where_en + en;
  return d;
}

void add_diagnostic(std::vector<TargetDiagnostic>& list, TargetDiagnostic diagnostic) {
  if (list.size() >= max_target_diagnostics) return;
  const bool duplicate = std::any_of(list.begin(), list.end(), [&](const TargetDiagnostic& d) {
    return d.code == diagnostic.code && d.char_offset == diagnostic.char_offset;
  });
  if (!duplicate) list.push_back(std::move(diagnostic));
}

}  // namespace jixiao::target_detail
