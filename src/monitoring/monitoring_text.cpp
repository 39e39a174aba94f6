// The monitoring result as text for people, optionally with ANSI colours for a terminal.
#include <boost/describe/enum_to_string.hpp>

#include <string>

#include "monitoring/warnings.hpp"
#include "scoring/rules.hpp"

namespace jixiao {

namespace {

std::string painted(const std::optional<WarningColour>& colour, bool ansi) {
  if (!colour) return "— not assessed";
  std::string label = monitoring_detail::colour_text(*colour);
  if (!ansi) return label;
  static constexpr const char* codes[] = {"\x1b[1;31m", "\x1b[1;33m", "\x1b[1;32m", "\x1b[1;34m"};
  return codes[static_cast<int>(*colour)] + label + "\x1b[0m";
}

void append_budget(std::string& out, const BudgetProgress& line, bool ansi) {
  out += "  " + line.path + "  " + line.name + "  " + painted(line.colour, ansi);
  if (line.progress) out += "  v = " + line.progress->to_string(2);
  out += "\n      " + line.trace.arithmetic + "\n";
}

}  // namespace

std::string format_monitoring_result(const MonitoringResult& result, bool colour) {
  std::string out = "绩效运行监控预警 monitoring（1–" + std::to_string(result.month) +
                    " 月，规则 policy: " + result.policy + "）\n";
  out += "\n预算执行进度 budget progress\n";
  for (const BudgetProgress& line : result.budget_lines)
    append_budget(out, line, colour);
  append_budget(out, result.budget, colour);
  out +=
      "\n绩效目标完成进度 indicator progress: " + std::to_string(result.indicators.size()) + "\n";
  for (const IndicatorWarning& indicator : result.indicators) {
    out += "  " + indicator.path + "  " + indicator.name + "  " + painted(indicator.colour, colour);
    if (indicator.progress) out += "  v = " + indicator.progress->to_string(2);
    if (indicator.likelihood) {
      out += "  完成可能性 likelihood: " + std::string(form_label(*indicator.likelihood));
    }
    out += "\n      " + indicator.trace.arithmetic + "\n";
    for (const std::string& note : indicator.trace.notes)
      out += "      · " + note + "\n";
  }
  out += "\n目标执行预警 goal: " + painted(result.goal_colour, colour) + "\n";
  out += "\n发现 findings: " + std::to_string(result.findings.size()) + "\n";
  for (const MonitoringFinding& f : result.findings) {
    out += "  [" + std::string(boost::describe::enum_to_string(f.severity, "?")) + "] " + f.path +
           "  " + f.message_zh + " / " + f.message_en + " (" +
           boost::describe::enum_to_string(f.code, "?") + ")\n";
  }
  return out;
}

}  // namespace jixiao
