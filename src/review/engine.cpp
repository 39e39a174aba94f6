// The Reviewer: compiles a policy once, runs the rule groups, orders the findings, counts them
// and maps the counts to the verdict.
#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>
#include <utility>

#include "jixiao/review.hpp"
#include "jixiao/unit.hpp"
#include "review/engine.hpp"
#include "review/text.hpp"
#include "text/utf8.hpp"

namespace jixiao {

using review_detail::CompiledPolicy;

struct Reviewer::Impl {
  CompiledPolicy compiled;
};

namespace review_detail {

Finding& FindingSink::add(RuleId id, SortKey key, std::string path, std::string message_zh,
                          std::string message_en) {
  const ReviewRule& entry = rule(id);
  Finding finding;
  finding.code = std::string(entry.code);
  finding.severity = compiled_.rules[index_of(id)].severity;
  finding.path = std::move(path);
  finding.message = std::move(message_zh);
  finding.message_en = std::move(message_en);
  finding.dimension = entry.dimension;
  finding.rule_source = std::string(entry.source);
  entries_.push_back(Entry{key, index_of(id), findings_.size()});
  findings_.push_back(std::move(finding));
  return findings_.back();
}

std::vector<Finding> FindingSink::take_sorted() {
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.sequence < b.sequence;
  });
  std::vector<Finding> sorted;
  sorted.reserve(findings_.size());
  for (const Entry& entry : entries_)
    sorted.push_back(std::move(findings_[entry.sequence]));
  entries_.clear();
  findings_.clear();
  return sorted;
}

std::string indicator_path(std::size_t index) {
  return "/indicators/" + std::to_string(index);
}

std::string indicator_path(std::size_t index, std::string_view field) {
  return indicator_path(index) + "/" + std::string(field);
}

SortKey indicator_key(std::size_t index, std::uint64_t field) {
  return SortKey{area::indicators, index + 1, field, 0};
}

std::string display_name(const Indicator& indicator) {
  return excerpt(trim_name(indicator.name), 60);
}

Finding& about(Finding& finding, const Indicator& indicator) {
  finding.indicator = sanitize(indicator.name);
  return finding;
}

namespace {

// Whether `text` can be cut entirely into words of `words` (dynamic programme over positions;
// bodies longer than a short statement are never vague by composition).
bool made_of_words(std::u32string_view text, const std::vector<std::u32string>& words) {
  constexpr std::size_t longest_statement = 64;
  if (text.empty() || text.size() > longest_statement) return false;
  std::vector<bool> reachable(text.size() + 1, false);
  reachable[0] = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!reachable[i]) continue;
    for (const std::u32string& word : words) {
      if (text.substr(i).starts_with(word)) reachable[i + word.size()] = true;
    }
  }
  return reachable[text.size()];
}

}  // namespace

bool vague_by_lexicon(const CompiledPolicy& compiled, const Target& target) {
  if (target.kind != TargetKind::qualitative) return false;
  const std::u32string body = name_key(target.body);
  if (made_of_words(body, compiled.vague_words)) return true;
  return std::any_of(
      compiled.vague_phrases.begin(), compiled.vague_phrases.end(),
      [&](const std::u32string& phrase) { return body.find(phrase) != std::u32string::npos; });
}

Comparator suggested_comparator(const ReviewPolicy& policy, const Taxonomy& taxonomy,
                                const Indicator& indicator) {
  const std::string_view name = trim_name(indicator.name);
  std::optional<std::string> level2;  // looked up once, only when a hint needs it
  bool level2_known = false;
  for (const ComparatorHint& hint : policy.comparator_hints) {
    if (hint.name_suffix && !name.ends_with(*hint.name_suffix)) continue;
    if (hint.level2) {
      if (!level2_known) {
        level2 = canonical_category(taxonomy, indicator.level2);
        level2_known = true;
      }
      const auto wanted = canonical_category(taxonomy, *hint.level2);
      const bool same = level2 && wanted ? *level2 == *wanted
                                         : trim_name(indicator.level2) == trim_name(*hint.level2);
      if (!same) continue;
    }
    return hint.comparator;
  }
  return policy.default_comparator;
}

std::string amount_text(const Decimal& value) {
  return value.to_string(value.scale());
}

namespace {

CompiledPolicy compile_policy(Policy policy) {
  check_review_policy(policy.review, policy.taxonomy);
  CompiledPolicy compiled;
  compiled.policy = std::move(policy);
  const ReviewPolicy& settings = compiled.policy.review;
  for (std::size_t i = 0; i < rule_count; ++i)
    compiled.rules[i] = RuleState{true, review_rules()[i].severity};
  for (const RuleOverride& override_entry : settings.rules) {
    const ReviewRule* entry = find_review_rule(override_entry.code);
    const auto index = static_cast<std::size_t>(entry - review_rules().data());
    if (override_entry.enabled) compiled.rules[index].enabled = *override_entry.enabled;
    if (override_entry.severity) compiled.rules[index].severity = *override_entry.severity;
  }
  for (std::size_t i = 0; i < settings.balance_identities.size(); ++i)
    compiled.identities.push_back(compile_identity(settings.balance_identities[i], i));
  for (const std::string& word : settings.vague_words)
    compiled.vague_words.push_back(name_key(word));
  std::sort(compiled.vague_words.begin(), compiled.vague_words.end(),
            [](const std::u32string& a, const std::u32string& b) { return a.size() > b.size(); });
  for (const std::string& phrase : settings.vague_phrases)
    compiled.vague_phrases.push_back(name_key(phrase));
  for (const char32_t c : decode(settings.forbidden_target_characters))
    compiled.forbidden.push_back(text::fold_full_width(c));
  for (const std::string& unit : settings.level_units)
    compiled.level_units.push_back(canonical_unit(unit));
  return compiled;
}

// Whether indicators measure satisfaction: by the word in the name, or by the level 1 (looked up
// once per distinct level-1 text).
class SatisfactionTest {
 public:
  explicit SatisfactionTest(const CompiledPolicy& compiled)
      : settings_(compiled.policy.review), taxonomy_(compiled.policy.taxonomy) {
    if (!settings_.satisfaction_level1.empty())
      level1_ = canonical_category(taxonomy_, settings_.satisfaction_level1);
  }

  bool operator()(const Indicator& indicator) {
    if (!settings_.satisfaction_word.empty() &&
        indicator.name.find(settings_.satisfaction_word) != std::string::npos) {
      return true;
    }
    if (!level1_) return false;
    auto [found, inserted] = by_level1_.try_emplace(indicator.level1, false);
    if (inserted) found->second = canonical_category(taxonomy_, indicator.level1) == level1_;
    return found->second;
  }

 private:
  const ReviewPolicy& settings_;
  const Taxonomy& taxonomy_;
  std::optional<std::string> level1_;
  std::unordered_map<std::string, bool> by_level1_;
};

EvaluationGrade verdict_for(const ReviewPolicy& settings, const SeverityCounts& counts) {
  for (const VerdictBand& band : settings.verdict) {
    if (band.max_errors && counts.errors > static_cast<std::size_t>(*band.max_errors)) continue;
    if (band.max_warnings && counts.warnings > static_cast<std::size_t>(*band.max_warnings)) {
      continue;
    }
    return band.grade;
  }
  return EvaluationGrade::poor;
}

void count(SeverityCounts& counts, Severity severity) {
  switch (severity) {
    case Severity::error:
      ++counts.errors;
      break;
    case Severity::warning:
      ++counts.warnings;
      break;
    case Severity::info:
      ++counts.infos;
      break;
  }
}

}  // namespace

}  // namespace review_detail

Reviewer::Reviewer(Policy policy)
    : impl_(std::make_shared<const Impl>(Impl{review_detail::compile_policy(std::move(policy))})) {}

const Policy& Reviewer::policy() const noexcept {
  return impl_->compiled.policy;
}

ReviewReport Reviewer::review(const Declaration& declaration) const {
  using namespace review_detail;
  const CompiledPolicy& compiled = impl_->compiled;
  FindingSink sink(compiled);
  Context context{declaration, compiled, sink, {}, {}, {}, {}, {}};
  const std::size_t count_indicators = declaration.indicators.size();
  context.annual.reserve(count_indicators);
  context.period.reserve(count_indicators);
  context.satisfaction.reserve(count_indicators);
  context.annual_wording_vague.reserve(count_indicators);
  context.period_wording_vague.reserve(count_indicators);
  SatisfactionTest measures_satisfaction(compiled);
  for (const Indicator& indicator : declaration.indicators) {
    context.annual.push_back(indicator.annual_target ? parse_target(*indicator.annual_target)
                                                     : Target{});
    context.period.push_back(indicator.period_target ? parse_target(*indicator.period_target)
                                                     : Target{});
    context.satisfaction.push_back(measures_satisfaction(indicator));
    context.annual_wording_vague.push_back(vague_by_lexicon(compiled, context.annual.back()));
    context.period_wording_vague.push_back(vague_by_lexicon(compiled, context.period.back()));
  }

  check_document(context);
  check_budget(context);
  check_taxonomy(context);
  check_duplicates(context);
  check_names(context);
  check_targets(context);
  check_formulas(context);
  check_suggestions(context);

  ReviewReport report;
  report.findings = sink.take_sorted();
  ReviewSummary& summary = report.summary;
  summary.policy = sanitize(compiled.policy.name);
  summary.taxonomy = sanitize(compiled.policy.taxonomy.version);
  summary.indicators = count_indicators;
  for (const Finding& finding : report.findings) {
    review_detail::count(summary.counts, finding.severity);
    review_detail::count(summary.by_dimension[static_cast<std::size_t>(finding.dimension)],
                         finding.severity);
  }
  summary.verdict = verdict_for(compiled.policy.review, summary.counts);
  return report;
}

ReviewReport review(const Declaration& declaration, const Policy& policy) {
  return Reviewer(policy).review(declaration);
}

std::string_view default_preset_name(std::string_view taxonomy_version) noexcept {
  return taxonomy_version.starts_with("2015") ? "national-2015" : "national-2021";
}

Policy default_policy_for(const Declaration& declaration) {
  return policy_preset(default_preset_name(declaration.taxonomy));
}

}  // namespace jixiao
