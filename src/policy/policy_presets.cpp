// The built-in policy presets. Each section (review, scoring, monitoring) supplies its own preset
// values; this file names the presets and their sources (docs/policy.md).
#include <array>
#include <string>

#include "jixiao/policy.hpp"
#include "json/json_path.hpp"

namespace jixiao {

namespace {

struct PresetInfo {
  std::string_view name;
  std::string_view taxonomy_version;
  std::string_view description;
  std::array<std::string_view, 3> sources;
};

constexpr std::array<PresetInfo, 2> presets{{
    {"national-2015",
     "2015",
     "全国通用规则（2015 年版指标体系：成本指标属产出指标下的二级指标）",
     {"财预〔2015〕88号《中央部门预算绩效目标管理办法》",
      "财预〔2020〕10号《项目支出绩效评价管理办法》",
      "财预〔2019〕136号《中央部门预算绩效运行监控管理暂行办法》"}},
    {"national-2021",
     "2021",
     "全国通用规则（2021 年版指标体系：成本指标为一级指标）",
     {"财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》",
      "财预〔2020〕10号《项目支出绩效评价管理办法》",
      "财预〔2019〕136号《中央部门预算绩效运行监控管理暂行办法》"}},
}};

}  // namespace

std::vector<std::string_view> policy_preset_names() {
  std::vector<std::string_view> names;
  names.reserve(std::size(presets));
  for (const PresetInfo& preset : presets)
    names.push_back(preset.name);
  return names;
}

Policy policy_preset(std::string_view name) {
  for (const PresetInfo& preset : presets) {
    if (preset.name != name) continue;
    Policy policy;
    policy.name = std::string(preset.name);
    policy.description = std::string(preset.description);
    for (const std::string_view source : preset.sources)
      policy.sources.emplace_back(source);
    policy.taxonomy = builtin_taxonomy(preset.taxonomy_version).value();
    policy.review = review_preset(name);
    policy.scoring = scoring_preset(name);
    policy.monitoring = monitoring_preset(name);
    return policy;
  }
  std::string known;
  for (const PresetInfo& preset : presets) {
    if (!known.empty()) known += ", ";
    known += preset.name;
  }
  const std::string written = json_io::excerpt(name);
  throw Error(ErrorCode::policy_error, "未知的规则预设“" + written + "”（可用：" + known + "）",
              "unknown policy preset \"" + written + "\" (known: " + known + ")");
}

}  // namespace jixiao
