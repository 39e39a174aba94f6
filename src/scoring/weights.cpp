// Weights: exact spreading of a category weight, the default template, and the weight plan of a
// self-evaluation (its own 分值, else the declaration's, else a share of the template).
#include <string>
#include <utility>

#include "jixiao/error.hpp"
#include "jixiao/taxonomy.hpp"
#include "scoring/rules.hpp"

namespace jixiao {

std::vector<Decimal> spread_weight(const Decimal& whole, std::size_t parts, int decimals) {
  if (parts == 0) {
    throw Error(ErrorCode::invalid_argument, "不能把权重分给 0 个指标",
                "cannot spread a weight over 0 parts");
  }
  if (decimals < 0 || decimals > 18) {
    throw Error(ErrorCode::invalid_argument, "小数位数应在 0 到 18 之间",
                "decimals must be 0 to 18");
  }
  if (whole.sign() < 0) {
    throw Error(ErrorCode::invalid_argument, "待分配的权重不能为负数（" + whole.to_string() + "）",
                "the weight to spread cannot be negative (" + whole.to_string() + ")");
  }
  if (whole.normalized().scale() > decimals) {
    throw Error(ErrorCode::invalid_argument,
                "权重 " + whole.to_string() + " 的小数位多于 " + std::to_string(decimals) + " 位",
                "the weight " + whole.to_string() + " has more than " + std::to_string(decimals) +
                    " decimals");
  }
  // Work in units of 10^-decimals: every part gets the floor of the quotient and the remainder is
  // handed out one unit at a time from the first part, so the parts add up to the whole exactly.
  const Decimal::Coefficient units = whole.rescale(decimals).coefficient();
  const Decimal::Coefficient count = static_cast<unsigned long long>(parts);
  const Decimal::Coefficient base = units / count;
  const Decimal::Coefficient remainder = units - base * count;
  std::vector<Decimal> result;
  result.reserve(parts);
  for (std::size_t i = 0; i < parts; ++i) {
    const bool extra = Decimal::Coefficient(static_cast<unsigned long long>(i)) < remainder;
    result.push_back(Decimal::from_coefficient(extra ? base + 1 : base, decimals));
  }
  return result;
}

namespace {

// The key a level-1 name is compared by: its canonical category, else the trimmed text.
std::string category_key(const Taxonomy& taxonomy, std::string_view name) {
  if (auto canonical = canonical_category(taxonomy, name)) return *std::move(canonical);
  return std::string(scoring_detail::trim_cell(name));
}

// The template's level-1 names by key, computed once per scoring rather than per indicator.
class CategoryIndex {
 public:
  CategoryIndex(const WeightPolicy& weights, const Taxonomy& taxonomy)
      : taxonomy_(taxonomy), count_(weights.categories.size()) {
    for (std::size_t c = 0; c < count_; ++c) {
      for (const std::string& name : weights.categories[c].level1)
        keys_.emplace_back(category_key(taxonomy, name), c);
    }
  }

  /// The template category of a written level 1, or the number of categories when none.
  std::size_t operator()(std::string_view level1) const {
    const std::string key = category_key(taxonomy_, level1);
    for (const auto& [known, c] : keys_)
      if (known == key) return c;
    return count_;
  }

 private:
  const Taxonomy& taxonomy_;
  std::size_t count_;
  std::vector<std::pair<std::string, std::size_t>> keys_;
};

std::string category_label(const CategoryWeight& category) {
  std::string label;
  for (const std::string& name : category.level1) {
    if (!label.empty()) label += "、";
    label += name;
  }
  return label;
}

}  // namespace

std::optional<Decimal> template_weight(const WeightPolicy& weights, const Taxonomy& taxonomy,
                                       std::string_view level1) {
  const std::size_t c = CategoryIndex(weights, taxonomy)(level1);
  if (c == weights.categories.size()) return std::nullopt;
  return weights.categories[c].weight;
}

namespace scoring_detail {

std::vector<PlannedWeight> plan_weights(const SelfEvaluation& evaluation,
                                        const std::vector<const Indicator*>& declared,
                                        const Policy& policy,
                                        std::vector<ScoringFinding>& findings) {
  const WeightPolicy& weights = policy.scoring.weights;
  const std::size_t n = evaluation.indicators.size();
  std::vector<PlannedWeight> plan(n);
  std::vector<std::size_t> category(n);
  std::vector<Decimal> given(weights.categories.size() + 1);
  const CategoryIndex category_index(weights, policy.taxonomy);
  for (std::size_t i = 0; i < n; ++i) {
    const IndicatorResult& row = evaluation.indicators[i];
    category[i] = category_index(row.level1);
    if (row.weight) {
      plan[i] = {*row.weight, WeightSource::self_evaluation, {}};
    } else if (declared[i] != nullptr && declared[i]->weight) {
      plan[i] = {*declared[i]->weight, WeightSource::declaration,
                 "分值取自申报表 / weight from the declaration"};
    } else {
      continue;
    }
    given[category[i]] += plan[i].weight;
  }
  for (std::size_t c = 0; c <= weights.categories.size(); ++c) {
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < n; ++i) {
      if (category[i] == c && plan[i].source == WeightSource::none) pending.push_back(i);
    }
    if (pending.empty()) continue;
    const auto missing = [&](const std::string& why_zh, const std::string& why_en) {
      for (const std::size_t i : pending) {
        add_finding(
            findings, ScoringFindingCode::weight_missing,
            "/indicators/" + std::to_string(i) + "/weight",
            "指标“" + evaluation.indicators[i].name + "”没有分值，" + why_zh + "，按 0 分计",
            "the indicator has no weight and " + why_en + "; counted as 0");
      }
    };
    if (c == weights.categories.size()) {
      missing("其一级指标不在权重模板中", "its level 1 is not in the weight template");
      continue;
    }
    const CategoryWeight& template_category = weights.categories[c];
    const Decimal rest = template_category.weight - given[c];
    if (rest.sign() <= 0) {
      missing("类别“" + category_label(template_category) + "”的模板权重已被其他指标用完",
              "the template weight of its category is used up by the other indicators");
      continue;
    }
    const int decimals = std::max(weights.spread_decimals, rest.normalized().scale());
    const std::vector<Decimal> parts = spread_weight(rest.normalized(), pending.size(), decimals);
    // The note shows the split an auditor can add up: "32 × 1.39 + 4 × 1.38 = 50".
    std::string split;
    for (std::size_t k = 0; k < parts.size();) {
      std::size_t same = k;
      while (same < parts.size() && parts[same] == parts[k])
        ++same;
      if (!split.empty()) split += " + ";
      split += std::to_string(same - k) + " × " + text(parts[k]);
      k = same;
    }
    std::string note = "分值按模板 template：" + category_label(template_category) + " " +
                       text(template_category.weight);
    if (!given[c].is_zero()) note += " − 已填分值 given " + text(given[c]);
    note += " 分由 " + std::to_string(pending.size()) + " 个未填分值的指标均分 spread over " +
            std::to_string(pending.size()) + " indicators: " + split + " = " + text(rest);
    for (std::size_t k = 0; k < pending.size(); ++k)
      plan[pending[k]] = {parts[k], WeightSource::template_spread, note};
  }
  return plan;
}

}  // namespace scoring_detail

}  // namespace jixiao
