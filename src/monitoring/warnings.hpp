// Internal pieces of the monitoring engine (src/monitoring/).
#pragma once

#include <string>
#include <vector>

#include "jixiao/monitoring.hpp"

namespace jixiao::monitoring_detail {

void add_finding(std::vector<MonitoringFinding>& findings, MonitoringFindingCode code,
                 std::string path, std::string message_zh, std::string message_en);

/// The colour of the exact progress v = numerator / denominator (denominator > 0), compared
/// without rounding, and the text of the band it fell in ("60 ≤ v < 80").
struct Coloured {
  WarningColour colour = WarningColour::green;
  std::string band;
};
Coloured colour_of_ratio(const Decimal& numerator, const Decimal& denominator,
                         const ProgressThresholds& thresholds);

/// "红 red".
std::string colour_text(WarningColour colour);

/// Progress of one budget line (or the sum of the lines) at `month`.
BudgetProgress budget_progress(std::string path, std::string name,
                               const std::optional<Decimal>& annual_budget,
                               const std::optional<Decimal>& executed, int month,
                               const MonitoringPolicy& policy,
                               std::vector<MonitoringFinding>& findings);

/// The warning of one indicator at `month`.
IndicatorWarning indicator_warning(const IndicatorProgress& row, std::size_t index, int month,
                                   const Policy& policy, std::vector<MonitoringFinding>& findings);

}  // namespace jixiao::monitoring_detail
