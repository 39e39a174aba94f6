#include "target/lexicon.hpp"

#include <algorithm>
#include <utility>

namespace jixiao::target_detail {

Lexicon::Lexicon(std::vector<LexiconEntry> entries) : entries_(std::move(entries)) {
  std::sort(entries_.begin(), entries_.end(), [](const LexiconEntry& a, const LexiconEntry& b) {
    if (a.word.front() != b.word.front()) return a.word.front() < b.word.front();
    return a.word.size() > b.word.size();
  });
  for (const auto& entry : entries_) {
    const char32_t c = entry.word.front();
    if (c < 0x10000) first_[c >> 6] |= std::uint64_t{1} << (c & 63);
  }
}

bool Lexicon::may_start(char32_t c) const noexcept {
  return c < 0x10000 && ((first_[c >> 6] >> (c & 63)) & 1U) != 0;
}

const LexiconEntry* Lexicon::longest_at(std::u32string_view text, std::size_t pos) const noexcept {
  if (pos >= text.size() || !may_start(text[pos])) return nullptr;
  const char32_t c = text[pos];
  auto it = std::lower_bound(entries_.begin(), entries_.end(), c,
                             [](const LexiconEntry& e, char32_t v) { return e.word.front() < v; });
  const std::u32string_view rest = text.substr(pos);
  for (; it != entries_.end() && it->word.front() == c; ++it) {
    if (rest.substr(0, it->word.size()) == it->word) return &*it;  // longest first
  }
  return nullptr;
}

void Lexicon::add_first_characters(std::array<std::uint64_t, 1024>& bits) const noexcept {
  for (std::size_t i = 0; i < bits.size(); ++i)
    bits[i] |= first_[i];
}

bool Lexicon::contains(std::u32string_view text) const noexcept {
  if (text.empty()) return false;
  const LexiconEntry* entry = longest_at(text, 0);
  // The longest match is the exact one when any entry equals the whole text, unless a longer
  // entry also matched (impossible: an entry longer than the text cannot match it).
  return entry != nullptr && entry->word.size() == text.size();
}

namespace {

constexpr int prefix_tag(Comparator comparator, bool weak) {
  return static_cast<int>(comparator) * 2 + (weak ? 1 : 0);
}
constexpr Comparator ge = Comparator::greater_equal;
constexpr Comparator gt = Comparator::greater;
constexpr Comparator eq = Comparator::equal;
constexpr Comparator lt = Comparator::less;
constexpr Comparator le = Comparator::less_equal;

}  // namespace

PrefixComparator prefix_meaning(int tag) noexcept {
  return {static_cast<Comparator>(tag / 2), (tag % 2) != 0};
}

const Lexicon& prefix_comparators() {
  // Symbols arrive folded: ＞＝, >=, ≧ are all ≥ here (normalize.cpp).
  static const Lexicon lexicon{
      {U"≥", prefix_tag(ge, false)},
      {U">", prefix_tag(gt, false)},
      {U"=", prefix_tag(eq, false)},
      {U"<", prefix_tag(lt, false)},
      {U"≤", prefix_tag(le, false)},
      // ≥: the number itself is enough.
      {U"不少于", prefix_tag(ge, false)},
      {U"不低于", prefix_tag(ge, false)},
      {U"不小于", prefix_tag(ge, false)},
      {U"不得少于", prefix_tag(ge, false)},
      {U"不得低于", prefix_tag(ge, false)},
      {U"不应少于", prefix_tag(ge, false)},
      {U"不应低于", prefix_tag(ge, false)},
      {U"应不低于", prefix_tag(ge, false)},
      {U"应不少于", prefix_tag(ge, false)},
      {U"不能少于", prefix_tag(ge, false)},
      {U"不能低于", prefix_tag(ge, false)},
      {U"至少", prefix_tag(ge, false)},
      {U"至少达到", prefix_tag(ge, false)},
      {U"最少", prefix_tag(ge, false)},
      {U"最低", prefix_tag(ge, false)},
      {U"大于等于", prefix_tag(ge, false)},
      {U"大于或等于", prefix_tag(ge, false)},
      {U"高于等于", prefix_tag(ge, false)},
      {U"高于或等于", prefix_tag(ge, false)},
      {U"多于或等于", prefix_tag(ge, false)},
      {U"不少于等于", prefix_tag(ge, false)},
      // ≥, but a suffix may say otherwise ("达到5%以下", "提高至").
      {U"达到", prefix_tag(ge, true)},
      {U"达", prefix_tag(ge, true)},
      {U"提高至", prefix_tag(ge, true)},
      {U"提高到", prefix_tag(ge, true)},
      {U"提升至", prefix_tag(ge, true)},
      {U"提升到", prefix_tag(ge, true)},
      {U"增加至", prefix_tag(ge, true)},
      {U"增加到", prefix_tag(ge, true)},
      {U"增长至", prefix_tag(ge, true)},
      {U"增长到", prefix_tag(ge, true)},
      {U"上升至", prefix_tag(ge, true)},
      {U"上升到", prefix_tag(ge, true)},
      // ＞: the number itself excluded (超过 — 民法典 第一千二百五十九条).
      {U"超过", prefix_tag(gt, false)},
      {U"超出", prefix_tag(gt, false)},
      {U"大于", prefix_tag(gt, false)},
      {U"高于", prefix_tag(gt, false)},
      {U"多于", prefix_tag(gt, false)},
      // ＝
      {U"等于", prefix_tag(eq, false)},
      {U"==", prefix_tag(eq, false)},
      // ＜: 不满 excludes the number (民法典 第一千二百五十九条).
      {U"低于", prefix_tag(lt, false)},
      {U"少于", prefix_tag(lt, false)},
      {U"小于", prefix_tag(lt, false)},
      {U"不满", prefix_tag(lt, false)},
      {U"不足", prefix_tag(lt, false)},
      {U"不到", prefix_tag(lt, false)},
      // ≤
      {U"不超过", prefix_tag(le, false)},
      {U"不高于", prefix_tag(le, false)},
      {U"不大于", prefix_tag(le, false)},
      {U"不多于", prefix_tag(le, false)},
      {U"不得超过", prefix_tag(le, false)},
      {U"不得高于", prefix_tag(le, false)},
      {U"不应超过", prefix_tag(le, false)},
      {U"不应高于", prefix_tag(le, false)},
      {U"应不超过", prefix_tag(le, false)},
      {U"应不高于", prefix_tag(le, false)},
      {U"不能超过", prefix_tag(le, false)},
      {U"小于等于", prefix_tag(le, false)},
      {U"小于或等于", prefix_tag(le, false)},
      {U"低于等于", prefix_tag(le, false)},
      {U"低于或等于", prefix_tag(le, false)},
      {U"少于或等于", prefix_tag(le, false)},
      {U"至多", prefix_tag(le, false)},
      {U"最多", prefix_tag(le, false)},
      {U"最高", prefix_tag(le, false)},
      // ≤, but a suffix may say otherwise ("控制在90%以上").
      {U"控制在", prefix_tag(le, true)},
      {U"控制到", prefix_tag(le, true)},
      {U"控制于", prefix_tag(le, true)},
      {U"降至", prefix_tag(le, true)},
      {U"降到", prefix_tag(le, true)},
      {U"降低至", prefix_tag(le, true)},
      {U"降低到", prefix_tag(le, true)},
      {U"下降至", prefix_tag(le, true)},
      {U"下降到", prefix_tag(le, true)},
      {U"减少至", prefix_tag(le, true)},
      {U"减少到", prefix_tag(le, true)},
      {U"压缩至", prefix_tag(le, true)},
      {U"压缩到", prefix_tag(le, true)},
      {U"压减至", prefix_tag(le, true)},
      {U"压减到", prefix_tag(le, true)},
      {U"缩短至", prefix_tag(le, true)},
      {U"缩短到", prefix_tag(le, true)},
  };
  return lexicon;
}

const Lexicon& suffix_comparators() {
  static const Lexicon lexicon{
      // 以上/以下/以内 include the number itself (民法典 第一千二百五十九条).
      {U"以上", static_cast<int>(ge)},     {U"或以上", static_cast<int>(ge)},
      {U"及以上", static_cast<int>(ge)},   {U"和以上", static_cast<int>(ge)},
      {U"以及以上", static_cast<int>(ge)}, {U"或更多", static_cast<int>(ge)},
      {U"及更多", static_cast<int>(ge)},   {U"或更高", static_cast<int>(ge)},
      {U"及更高", static_cast<int>(ge)},   {U"以下", static_cast<int>(le)},
      {U"或以下", static_cast<int>(le)},   {U"及以下", static_cast<int>(le)},
      {U"和以下", static_cast<int>(le)},   {U"以内", static_cast<int>(le)},
      {U"之内", static_cast<int>(le)},     {U"或更少", static_cast<int>(le)},
      {U"或更低", static_cast<int>(le)},   {U"及更低", static_cast<int>(le)},
      {U"内", static_cast<int>(le)},
  };
  return lexicon;
}

bool is_time_unit(std::u32string_view unit) noexcept {
  static constexpr std::u32string_view time_units[] = {
      U"天", U"日", U"个工作日", U"工作日", U"小时", U"分钟", U"秒", U"个月", U"月", U"年", U"周",
  };
  return std::find(std::begin(time_units), std::end(time_units), unit) != std::end(time_units);
}

const Lexicon& inclusion_marks() {
  static const Lexicon lexicon{
      {U"(含)", 1},       {U"(含本数)", 1},     {U"(包含)", 1},
      {U"(包括本数)", 1}, {U"(含本数在内)", 1}, {U"(不含)", 0},
      {U"(不含本数)", 0}, {U"(不包含)", 0},     {U"(不包括本数)", 0},
  };
  return lexicon;
}

const Lexicon& approximate_before() {
  static const Lexicon lexicon{{U"约", 0}, {U"大约", 0}, {U"大概", 0}};
  return lexicon;
}

const Lexicon& approximate_after() {
  static const Lexicon lexicon{{U"左右", 0}, {U"上下", 0}};
  return lexicon;
}

const Lexicon& tolerance_marks() {
  static const Lexicon lexicon{{U"±", 0}, {U"正负", 0}, {U"+/-", 0}, {U"+-", 0}};
  return lexicon;
}

const Lexicon& labels() {
  static const Lexicon lexicon{
      {U"标准", 0},       {U"指标", 0},           {U"指标值", 0},     {U"目标值", 0},
      {U"年度指标值", 0}, {U"实施周期指标值", 0}, {U"周期指标值", 0}, {U"年度目标值", 0},
      {U"计算方法", 0},   {U"计算公式", 0},       {U"评分标准", 0},   {U"绩效标准", 0},
      {U"指标标准", 0},   {U"考核标准", 0},       {U"完成标准", 0},   {U"衡量标准", 0},
      {U"标准值", 0},     {U"预期目标", 0},       {U"预期值", 0},     {U"期望值", 0},
      {U"目标", 0},       {U"年度目标", 0},       {U"指标内容", 0},   {U"指标解释", 0},
      {U"绩效指标值", 0}, {U"要求", 0},           {U"值", 0},         {U"指标值说明", 0},
  };
  return lexicon;
}

const Lexicon& not_filled_in_marks() {
  static const Lexicon lexicon{
      {U"一", 0}, {U"无", 0}, {U"暂无", 0}, {U"空", 0},   {U"不适用", 0}, {U"N/A", 0},  {U"n/a", 0},
      {U"NA", 0}, {U"na", 0}, {U"null", 0}, {U"NULL", 0}, {U"none", 0},   {U"None", 0}, {U"×", 0},
  };
  return lexicon;
}

const Lexicon& vague_phrases() {
  static const Lexicon lexicon{
      {U"计划数", 0},   {U"任务数", 0},   {U"目标数", 0},   {U"预期数", 0},   {U"计划值", 0},
      {U"年度计划", 0}, {U"周期计划", 0}, {U"年度任务", 0}, {U"周期任务", 0}, {U"年度目标", 0},
      {U"周期目标", 0}, {U"阶段目标", 0}, {U"预期目标", 0}, {U"达到预期", 0}, {U"符合预期", 0},
      {U"按计划", 0},   {U"计划要求", 0}, {U"既定目标", 0}, {U"若干", 0},     {U"一定数量", 0},
      {U"一批", 0},     {U"适量", 0},     {U"相应数量", 0}, {U"数量", 1},     {U"个数", 1},
  };
  return lexicon;
}

const Lexicon& direction_words() {
  const int up = static_cast<int>(Direction::increase);
  const int down = static_cast<int>(Direction::decrease);
  const int done = static_cast<int>(Direction::achieve);
  static const Lexicon lexicon{
      {U"提升", up},       {U"提高", up},       {U"增加", up},       {U"增长", up},
      {U"上升", up},       {U"扩大", up},       {U"增强", up},       {U"加强", up},
      {U"改善", up},       {U"优化", up},       {U"改进", up},       {U"增多", up},
      {U"升高", up},       {U"加快", up},       {U"拓展", up},       {U"扩容", up},
      {U"减少", down},     {U"降低", down},     {U"压减", down},     {U"下降", down},
      {U"缩短", down},     {U"缩减", down},     {U"减低", down},     {U"减轻", down},
      {U"节约", down},     {U"节省", down},     {U"压缩", down},     {U"减小", down},
      {U"正常运行", done}, {U"正常运转", done}, {U"正在运转", done}, {U"正在运行", done},
      {U"稳定运行", done}, {U"运行正常", done}, {U"安全运行", done}, {U"及时支付", done},
      {U"按时支付", done}, {U"足额支付", done}, {U"按规定", done},   {U"通过验收", done},
      {U"验收合格", done}, {U"完成", done},     {U"建成", done},     {U"实现", done},
      {U"达标", done},     {U"合格", done},     {U"符合", done},     {U"满足", done},
      {U"达到", done},     {U"到位", done},     {U"及时", done},     {U"按时", done},
      {U"按期", done},     {U"全覆盖", done},   {U"公布", done},     {U"落实", done},
      {U"确保", done},     {U"保障", done},     {U"完善", done},     {U"通过", done},
      {U"无重大", done},   {U"零投诉", done},   {U"上线", done},     {U"优秀", done},
      {U"良好", done},     {U"投入使用", done},
  };
  return lexicon;
}

const Lexicon& scope_stop_words() {
  static const Lexicon lexicon{
      {U"均", 0},   {U"都", 0},   {U"需", 0},   {U"应当", 0}, {U"应该", 0}, {U"须", 0},
      {U"要", 0},   {U"平均", 0}, {U"累计", 0}, {U"共", 0},   {U"配备", 0}, {U"配置", 0},
      {U"建设", 0}, {U"建成", 0}, {U"新建", 0}, {U"开展", 0}, {U"完成", 0}, {U"设置", 0},
      {U"设立", 0}, {U"提供", 0}, {U"举办", 0}, {U"组织", 0}, {U"培训", 0}, {U"审核", 0},
      {U"检查", 0}, {U"覆盖", 0}, {U"安装", 0}, {U"布设", 0}, {U"保障", 0}, {U"服务", 0},
      {U"办理", 0}, {U"实现", 0}, {U"增设", 0}, {U"推出", 0}, {U"投入", 0}, {U"接入", 0},
      {U"维持", 0}, {U"的", 0},   {U"有", 0},   {U"至少", 0}, {U"不", 0},
  };
  return lexicon;
}

const Lexicon& time_scopes() {
  static const Lexicon lexicon{
      {U"年", 0}, {U"年度", 0}, {U"半年", 0}, {U"季度", 0}, {U"季", 0},   {U"月", 0},
      {U"周", 0}, {U"天", 0},   {U"日", 0},   {U"小时", 0}, {U"学期", 0}, {U"工作日", 0},
  };
  return lexicon;
}

const Lexicon& scope_nouns() {
  static const Lexicon lexicon{
      {U"镇街", 0}, {U"村居", 0}, {U"社区", 0}, {U"街道", 0}, {U"乡镇", 0}, {U"县区", 0},
      {U"学校", 0}, {U"医院", 0}, {U"企业", 0}, {U"单位", 0}, {U"部门", 0}, {U"项目", 0},
      {U"网点", 0}, {U"站点", 0}, {U"窗口", 0}, {U"班级", 0}, {U"家庭", 0}, {U"农户", 0},
      {U"人", 0},   {U"户", 0},   {U"村", 0},   {U"校", 0},   {U"镇", 0},   {U"县", 0},
      {U"区", 0},   {U"街", 0},   {U"站", 0},   {U"班", 0},   {U"床", 0},   {U"车", 0},
  };
  return lexicon;
}

namespace {

using CharacterSet = std::array<std::uint64_t, 1024>;

void add(CharacterSet& bits, char32_t c) {
  bits[c >> 6] |= std::uint64_t{1} << (c & 63);
}
bool in(const CharacterSet& bits, char32_t c) {
  return c < 0x10000 && ((bits[c >> 6] >> (c & 63)) & 1U) != 0;
}

CharacterSet group_starts() {
  CharacterSet bits{};
  for (char32_t c = U'0'; c <= U'9'; ++c)
    add(bits, c);
  for (const char32_t c :
       std::u32string_view(U"零〇一二两三四五六七八九十拾百千壹贰貳叁叄肆伍陆陸柒捌玖-+")) {
    add(bits, c);
  }
  prefix_comparators().add_first_characters(bits);
  tolerance_marks().add_first_characters(bits);
  approximate_before().add_first_characters(bits);
  return bits;
}

}  // namespace

bool may_start_group(char32_t c) noexcept {
  static const CharacterSet bits = group_starts();
  return in(bits, c);
}

bool may_start_anything(char32_t c) noexcept {
  // Dates start with a digit, a Chinese digit, 年 (年底) or a date prefix (截至, 不晚于, 自, 从).
  static const CharacterSet bits = [] {
    CharacterSet all = group_starts();
    for (const char32_t d : std::u32string_view(U"年截不自从"))
      add(all, d);
    return all;
  }();
  return in(bits, c);
}

bool is_unit_stop_char(char32_t c) noexcept {
  switch (c) {
    case U'以':
    case U'或':
    case U'及':
    case U'和':
    case U'与':
    case U'至':
    case U'到':
    case U'且':
    case U'并':
    case U'的':
    case U'是':
    case U'为':
    case U'之':
    case U'左':
    case U'约':
    case U'每':
    case U'等':
    case U'共':
    case U'内':
    case U'上':
    case U'下':
    case U'正':
    case U'不':
    case U'达':
    case U'超':
    case U'低':
    case U'高':
    case U'少':
    case U'多':
    case U'大':
    case U'小':
    case U'含':
    case U'于':
    case U'在':
    case U'中':
    case U'其':
    case U'占':
    case U'即':
    case U'则':
    case U'后':
    case U'前':
    case U'起':
    case U'止':
    case U'底':
    case U'末':
    case U'许':
    case U'余':
    case U'了':
    case U'月':  // "10月" is a month; the duration is written "10个月"

      return true;
    default:
      return false;
  }
}

}  // namespace jixiao::target_detail
