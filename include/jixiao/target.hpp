// jixiao::Target — a 指标值 (indicator target value) read the way a finance officer reads it.
//
// Target values are free Chinese text typed by thousands of departments: "标准：＞90%",
// "不少于三次", "8省20个地区以上", "每个镇街不少于 3 台", "完成年度计划数", "提升". parse_target()
// turns any such text into a structured Target and says, with character positions, why a text is
// vague or could not be read. format() and to_mof() write a target back in the two forms that ERP
// systems store: one merged string ("≥95%") or the MOF split (计算符号 code, value, unit).
// is_met() decides whether an actual value (实际完成值) meets a numeric target, unit-aware.
//
// The grammar, the vocabulary and how each kind is scored are in docs/targets.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/describe/enum.hpp>

#include "jixiao/decimal.hpp"
#include "jixiao/unit.hpp"

namespace jixiao {

/// What kind of target a text states.
enum class TargetKind {
  empty,         ///< nothing, or a mark for "not filled in" ("", "一", "/", "-", "—", "无")
  quantitative,  ///< a number with an optional comparator and unit ("≥95%", "5个",
                 ///< "8省20个地区以上")
  range,         ///< a closed interval ("90%-100%", "85%～95%", "90%至100%")
  tolerance,     ///< a bound on a deviation either way ("±3%以内")
  qualitative,   ///< a statement (定性): "正常运行", "提升", "达到等保三级标准"
  vague,         ///< not measurable as written ("完成年度计划数"), or unreadable text
  date,          ///< a deadline or period ("2023年12月底前", "2023.07-2024.01")
};
BOOST_DESCRIBE_ENUM(TargetKind, empty, quantitative, range, tolerance, qualitative, vague, date)

/// The written comparison. The legal reading applies (民法典 第一千二百五十九条): 以上/以下/以内
/// include the number itself, 超过/不满 exclude it.
enum class Comparator {
  none,           ///< no comparator written ("100%", "5个")
  greater_equal,  ///< ≥  (MOF 计算符号 code 1)
  greater,        ///< ＞ (code 2)
  equal,          ///< ＝ (code 3)
  less,           ///< ＜ (code 4)
  less_equal,     ///< ≤  (code 5)
};
BOOST_DESCRIBE_ENUM(Comparator, none, greater_equal, greater, equal, less, less_equal)

/// Which way is better, for scoring (domain-rules §2.2).
enum class Direction {
  none,      ///< not stated: a bare value or a statement without a direction word; scoring infers
             ///< it from the indicator name (…投诉率 lower is better, most other rates higher)
  positive,  ///< 正向: ≥ or ＞ — reaching or exceeding the value is full marks
  negative,  ///< 反向: ≤ or ＜ — staying at or below the value is full marks
  equal,     ///< 等于: ＝
  within,    ///< inside a range or tolerance band
  increase,  ///< 提升/提高/增加…: should go up (a statement, or a bare change "提高2个百分点")
  decrease,  ///< 减少/降低/压减…: should go down
  achieve,  ///< 正常运行, 及时支付, 顺利通过验收, 达到等保三级标准: done or not done
};
BOOST_DESCRIBE_ENUM(Direction, none, positive, negative, equal, within, increase, decrease, achieve)

/// Why a text is vague, could not be read, or was read with a caveat.
enum class TargetDiagnosticCode {
  invalid_utf8,       ///< the text is not valid UTF-8 (nothing else is read)
  too_long,           ///< longer than max_target_bytes (nothing else is read)
  control_character,  ///< control characters were ignored
  not_filled_in,      ///< "/", "-", "无", "一": the cell says "not filled in", no target
  vague_phrase,       ///< refers to a number it does not give ("完成年度计划数", "若干")
  comparator_without_number,  ///< a comparator ("不少于", "≥") with no number after it
  no_value,                   ///< no number, date or statement could be read
  number_too_large,           ///< a number beyond Decimal's 38 significant digits
  conflicting_comparators,    ///< e.g. "不低于5%以下": the text contradicts itself
  approximate,                ///< "约", "左右": an approximate value, read as the number itself
  unknown_unit,               ///< a unit jixiao does not know, kept as written
  other_number,               ///< a further number in the text was read as description, not target
  range_reversed,             ///< "100%-90%": the bounds were swapped
  units_differ,               ///< the two sides of a range are in units that cannot be compared
};
BOOST_DESCRIBE_ENUM(TargetDiagnosticCode, invalid_utf8, too_long, control_character, not_filled_in,
                    vague_phrase, comparator_without_number, no_value, number_too_large,
                    conflicting_comparators, approximate, unknown_unit, other_number,
                    range_reversed, units_differ)

/// One finding about a text, located in the original text (Target::text).
struct TargetDiagnostic {
  TargetDiagnosticCode code = TargetDiagnosticCode::no_value;
  std::size_t char_offset = 0;  ///< 0-based, in Unicode code points of Target::text
  std::size_t byte_offset = 0;  ///< 0-based, in bytes of Target::text
  std::size_t char_length = 0;  ///< how many code points the finding covers (0: a point)
  std::string message_zh;  ///< "第 6 个字符：“年度计划”指向未写明的数值，无法衡量" (1-based)
  std::string message_en;

  friend bool operator==(const TargetDiagnostic&, const TargetDiagnostic&) = default;
};

/// A calendar date at year, month or day precision (date targets only).
struct TargetDate {
  int year = 0;   ///< 0 when not written ("12月底前")
  int month = 0;  ///< 1–12, or 0 when only the year is written
  int day = 0;    ///< 1–31, or 0 when not written

  friend bool operator==(const TargetDate&, const TargetDate&) = default;
};

/// "2023", "2023-12", "2023-12-31", "12-31" (year not written).
std::string to_string(const TargetDate& date);

/// A parsed 指标值. Which members are set depends on the kind:
/// - quantitative: comparator (or none), value, unit; direction from the comparator (a bare value:
///   none, or increase/decrease from a verb such as 提高/降低 before it);
/// - compound (quantitative with parts, "8省20个地区以上"): one quantitative part per number; the
///   compound's own value and unit are empty and its comparator is the one all parts share (else
///   none);
/// - range: value = lower bound, upper, unit; direction within;
/// - tolerance: comparator ≤ or ＜, value = the allowed deviation, unit; direction within;
/// - date: date (and date_upper for a period), comparator ≤ / ≥ / none; direction achieve;
/// - qualitative: body is the statement; direction increase, decrease, achieve or none;
/// - vague, empty: body (and diagnostics saying why); direction none.
struct Target {
  TargetKind kind = TargetKind::empty;
  Comparator comparator = Comparator::none;
  /// The number in the unit as written: "95%" → 95 with unit "%"; "1.5万人次" → 15000 人次.
  std::optional<Decimal> value;
  /// The upper bound of a range.
  std::optional<Decimal> upper;
  /// Canonical unit (see canonical_unit()); empty when none is written.
  std::string unit;
  Direction direction = Direction::none;
  /// What the target is counted per: "每个镇街不少于 3 台" → "镇街"; "每年审核60件" → "年".
  std::string scope;
  /// Parts of a compound target, each quantitative: "8省20个地区以上" → ≥8 省, ≥20 个地区.
  std::vector<Target> parts;
  /// Date targets: the deadline or the start of a period, and the end of a period.
  std::optional<TargetDate> date;
  std::optional<TargetDate> date_upper;
  /// True for "约800人次", "95%左右".
  bool approximate = false;

  /// The original text, byte for byte.
  std::string text;
  /// The label prefix without its colon ("标准" for "标准：＞90%"), empty when none.
  std::string label;
  /// The text after the label, without surrounding spaces and final 。/./；: the 定性 statement.
  std::string body;
  /// Text before the value that names what is measured: "满意度" in "满意度95%以上".
  std::string measure;
  /// Text after the value that explains it: "保证长远正常服务及数据安全" in
  /// "100%，保证长远正常服务及数据安全". Kept as written (leading punctuation dropped).
  std::string remark;
  /// Why the text is vague or unreadable, and caveats of the reading. At most max_diagnostics.
  std::vector<TargetDiagnostic> diagnostics;

  /// True for the kinds that carry numbers: quantitative (incl. compound), range, tolerance.
  bool is_numeric() const noexcept;
  bool is_compound() const noexcept { return !parts.empty(); }
};

/// Longest text parse_target() reads (64 KiB; the MOF column KPI_VAL holds at most 1000 bytes).
inline constexpr std::size_t max_target_bytes = 64 * 1024;
/// Most diagnostics one target carries; further findings are dropped.
inline constexpr std::size_t max_target_diagnostics = 16;

/// Reads a 指标值. Never throws for any input (only std::bad_alloc when memory is exhausted):
/// invalid UTF-8 gives a vague Target with an invalid_utf8 diagnostic at the first bad byte, a text
/// longer than max_target_bytes a vague Target with too_long; `text` is kept as passed in both.
/// Time and memory are linear in the length of the text.
Target parse_target(std::string_view text);

/// Same meaning: equal kind, comparator, value, upper, unit, direction, scope, parts (recursively),
/// date and date_upper. Values compare numerically (95 == 95.0). The text, label, measure, remark,
/// approximate flag and diagnostics are not compared. parse_target(format(t)) is equivalent to t
/// for every numeric target.
bool equivalent(const Target& a, const Target& b);

/// The canonical merged string, the form of KPI_VAL when the symbol is merged ("ismergeindex"):
/// "≥95%", "＞90%", "5个", "每个镇街≥3台", "≥8省20个地区", "8省以上、20个地区", "90%至100%",
/// "±3%", "≤30万元", "提高3个百分点", "2023年12月31日前"; a qualitative or vague target gives its
/// body, an empty one "".
/// Comparators use the MOF symbols ≥ ＞ ＝ ＜ ≤.
std::string format(const Target& target);

/// The MOF split form (PMKPIZBXS 计算符号, INDVALUE, INDUNIT).
struct MofValue {
  int code = 6;                  ///< 1 ≥, 2 ＞, 3 ＝, 4 ＜, 5 ≤, 6 定性
  std::optional<Decimal> value;  ///< codes 1–5
  std::string unit;              ///< codes 1–5: the unit (may be empty)
  std::string text;              ///< code 6: the 定性 text; codes 1–5: format(target)
};

/// The MOF split of a target. Quantitative targets with one number map to codes 1–5; a bare value
/// ("100%") has no written comparator, so the caller says which to store (`unwritten_as`; scoring
/// infers it from the indicator name; the default is 正向 ≥). Everything a single symbol + number
/// cannot hold (compound, range, tolerance, date, qualitative, vague, empty) maps to code 6 with
/// format(target) as text, so nothing is lost; map the parts of a compound one by one.
MofValue to_mof(const Target& target, Comparator unwritten_as = Comparator::greater_equal);

/// A target from an ERP row (computesign code, indexval, meterunit). Code 6 parses `value` as text.
/// Throws Error(invalid_argument) for a code outside 1–6, Error(parse_error) for a value of codes
/// 1–5 that is not a number.
Target from_mof(int code, std::string_view value, std::string_view unit);

/// The MOF 计算符号 code of a comparator (1–5), or 6 for none.
int mof_code(Comparator comparator) noexcept;
/// "≥", "＞", "＝", "＜", "≤" (the MOF symbols), "" for none.
std::string_view comparator_symbol(Comparator comparator) noexcept;
/// ">=", ">", "=", "<", "<=", "" for none (ASCII, for JSON and logs).
std::string_view comparator_ascii(Comparator comparator) noexcept;
/// The direction a comparator states: ≥ ＞ positive, ＝ equal, ≤ ＜ negative, none none.
Direction direction_of(Comparator comparator) noexcept;

/// Enum names as used in JSON: "quantitative", "greater_equal", "positive", "vague_phrase".
std::string_view to_string(TargetKind kind) noexcept;
std::string_view to_string(Comparator comparator) noexcept;
std::string_view to_string(Direction direction) noexcept;
std::string_view to_string(TargetDiagnosticCode code) noexcept;

/// "第 3 个字符：… / at character 3: …" (1-based for people).
std::string to_string(const TargetDiagnostic& diagnostic);

/// Does `actual` meet a numeric target? Units are compared as in Quantity: 95 "%" is met by
/// {0.95, ""} and by {96, "%"}.
/// - quantitative: actual <comparator> value; a bare value uses `unwritten_as` (default ≥, 正向);
/// - range: lower ≤ actual ≤ upper; tolerance: |actual| ≤ value (＜ when so written).
/// Throws Error(unit_mismatch) when the units cannot be compared, Error(invalid_argument) for a
/// compound target (use the parts, or the Target overload) and for non-numeric kinds.
bool is_met(const Target& target, const Quantity& actual,
            Comparator unwritten_as = Comparator::greater_equal);

/// As above, with the actual value as parsed text ("96%", "0.95", "9省22个地区", "≥90%" read as
/// 90%, "2023年11月"). A compound target needs a compound actual with the same units; a date
/// target needs a date. Throws Error(parse_error) when the actual is not a number (or date).
bool is_met(const Target& target, const Target& actual,
            Comparator unwritten_as = Comparator::greater_equal);
bool is_met(const Target& target, std::string_view actual_text,
            Comparator unwritten_as = Comparator::greater_equal);

/// One JSON object (UTF-8, no \u escapes for Chinese) with the members text, kind, comparator
/// (">=" … or null), value, upper (decimal strings or null), unit (or null), direction, parts,
/// diagnostics (strings), and further: label, body, measure, remark, scope, date, date_upper,
/// approximate, canonical (format()), mof {code, value, unit, text}. Invalid UTF-8 in the text is
/// written as U+FFFD.
std::string to_json(const Target& target);

}  // namespace jixiao
