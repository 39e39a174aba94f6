// 双监控: budget and indicator progress colours at each threshold, negative and qualitative
// indicators, the goal's worst colour, findings, and the 番禺 example against its golden file.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "jixiao/document_json.hpp"
#include "jixiao/error.hpp"
#include "support/files.hpp"
#include "unit/scoring_fixtures.hpp"

namespace jixiao {
namespace {

using testing::dec;
using testing::has_finding;
using testing::national;

MonitoringReport report(int month = 6) {
  MonitoringReport r;
  r.declaration.fiscal_year = 2023;
  r.declaration.department.name = "测试部门";
  r.month = month;
  return r;
}

MonitoringBudgetLine line(const char* budget, const char* executed) {
  MonitoringBudgetLine l;
  l.name = "项目支出";
  l.annual_budget = dec(budget);
  l.executed = dec(executed);
  return l;
}

IndicatorProgress progress(const char* name, std::optional<std::string> target,
                           std::optional<std::string> done) {
  IndicatorProgress p;
  p.level1 = "产出指标";
  p.level2 = "数量指标";
  p.name = name;
  p.annual_target = std::move(target);
  p.progress = std::move(done);
  p.deviation_reason = "说明。";
  return p;
}

std::optional<WarningColour> budget_colour(const char* executed, int month = 6) {
  MonitoringReport r = report(month);
  r.budget_execution = {line("100", executed)};
  return monitor(r, national()).budget_lines.at(0).colour;
}

IndicatorWarning warning(IndicatorProgress p, int month = 6, const Policy& policy = national()) {
  MonitoringReport r = report(month);
  r.indicators = {std::move(p)};
  return monitor(r, policy).indicators.at(0);
}

std::optional<WarningColour> indicator_colour(const char* target, const char* done, int month = 6) {
  return warning(progress("x", std::string(target), std::string(done)), month).colour;
}

TEST(BudgetProgressColour, ThresholdsAtMonthSix) {
  // Month 6: v = executed / 100 / 0.5 × 100 = 2 × executed.
  EXPECT_EQ(budget_colour("29.99"), WarningColour::red);
  EXPECT_EQ(budget_colour("30"), WarningColour::yellow);  // v = 60 exactly
  EXPECT_EQ(budget_colour("39.99"), WarningColour::yellow);
  EXPECT_EQ(budget_colour("40"), WarningColour::green);   // v = 80 exactly
  EXPECT_EQ(budget_colour("100"), WarningColour::green);  // far ahead: no blue for budgets
  EXPECT_EQ(budget_colour("0"), WarningColour::red);
}

TEST(BudgetProgressColour, ColoursUseTheExactValueNotTheRoundedOne) {
  // Month 7: 35 × 12 / 7 = 59.99999… < 60 although it shows as 60.00.
  MonitoringReport r = report(7);
  r.budget_execution = {line("100", "34.9999999")};
  const MonitoringResult result = monitor(r, national());
  EXPECT_EQ(result.budget_lines[0].progress->to_string(2), "60.00");
  EXPECT_EQ(result.budget_lines[0].colour, WarningColour::red);
}

TEST(BudgetProgressColour, WholeBudgetAndZeroBudget) {
  MonitoringReport r = report(12);
  r.budget_execution = {line("100", "90"), line("0", "0"), line("300", "150")};
  const MonitoringResult result = monitor(r, national());
  EXPECT_EQ(result.budget.progress->to_string(2), "60.00");  // 240 / 400
  EXPECT_EQ(result.budget.colour, WarningColour::yellow);
  EXPECT_EQ(result.budget_lines[1].colour, WarningColour::red);  // production: 0 budget → v = 0
  EXPECT_TRUE(has_finding(result.findings, MonitoringFindingCode::zero_budget,
                          "/budget_execution/1/annual_budget"));
  Policy skip = national();
  skip.monitoring.zero_budget = ZeroBudgetProgress::not_assessed;
  EXPECT_FALSE(monitor(r, skip).budget_lines[1].colour.has_value());
}

TEST(BudgetProgressColour, MissingFiguresAreFindings) {
  MonitoringReport r = report();
  MonitoringBudgetLine l = line("100", "10");
  l.executed.reset();
  r.budget_execution = {l};
  const MonitoringResult result = monitor(r, national());
  EXPECT_FALSE(result.budget_lines[0].colour.has_value());
  EXPECT_TRUE(has_finding(result.findings, MonitoringFindingCode::budget_missing,
                          "/budget_execution/0/executed"));
  EXPECT_TRUE(
      has_finding(result.findings, MonitoringFindingCode::budget_missing, "/budget_execution"));
}

TEST(BudgetProgressColour, FiguresBeyondTheRangeAreAFindingNotAFailure) {
  // 10^32 executed against 0.000001: the progress (× 1200 ÷ month) leaves Decimal's 38 digits.
  // The line is not assessed; the other line and the report still are (docs/monitoring.md).
  MonitoringReport r = report(7);
  r.budget_execution = {line("0.000001", "99999999999999999999999999999999"), line("100", "50")};
  const MonitoringResult result = monitor(r, national());
  EXPECT_FALSE(result.budget_lines[0].colour.has_value());
  EXPECT_FALSE(result.budget_lines[0].progress.has_value());
  EXPECT_FALSE(result.budget_lines[0].execution_rate.has_value());
  EXPECT_EQ(result.budget_lines[0].trace.variant, "not_assessed");
  EXPECT_TRUE(has_finding(result.findings, MonitoringFindingCode::number_out_of_range,
                          "/budget_execution/0"));
  EXPECT_EQ(result.budget_lines[1].colour, WarningColour::green);

  // Lines whose budgets sum beyond 38 digits: each line is assessed, the total is not.
  r.budget_execution.assign(900, line("120000000000000000000000000000000000", "1"));
  const MonitoringResult summed = monitor(r, national());
  EXPECT_TRUE(summed.budget_lines[0].colour.has_value());
  EXPECT_FALSE(summed.budget.colour.has_value());
  EXPECT_TRUE(has_finding(summed.findings, MonitoringFindingCode::number_out_of_range,
                          "/budget_execution"));
  EXPECT_FALSE(
      has_finding(summed.findings, MonitoringFindingCode::budget_missing, "/budget_execution"));
}

TEST(IndicatorProgressColour, PositiveTargetsAgainstTheProratedTarget) {
  // Month 6, target 10: the prorated target is 5 and v = 20 × progress.
  EXPECT_EQ(indicator_colour("≥10个", "2.99个"), WarningColour::red);
  EXPECT_EQ(indicator_colour("≥10个", "3个"), WarningColour::yellow);  // v = 60
  EXPECT_EQ(indicator_colour("≥10个", "4个"), WarningColour::green);   // v = 80
  EXPECT_EQ(indicator_colour("≥10个", "5.99个"), WarningColour::green);
  EXPECT_EQ(indicator_colour("≥10个", "6个"), WarningColour::blue);  // v = 120
  EXPECT_EQ(indicator_colour("≥10个", "0个"), WarningColour::red);
  EXPECT_EQ(indicator_colour("≥10个", "20个"), WarningColour::blue);  // twice the target
  const IndicatorWarning w = warning(progress("x", std::string("≥10个"), std::string("4个")));
  EXPECT_EQ(w.method, ProgressMethod::prorated);
  EXPECT_EQ(w.progress, dec("80"));
  EXPECT_EQ(w.trace.arithmetic, "v = 4 ÷ (10 × 6 ÷ 12) × 100 = 80 → 绿 green（80 ≤ v < 120）");
}

TEST(IndicatorProgressColour, PercentagesCanBeLeftUnprorated) {
  Policy policy = national();
  policy.monitoring.proration = Proration::not_percentages;
  const IndicatorWarning rate =
      warning(progress("满意度", std::string("≥95%"), std::string("93%")), 7, policy);
  EXPECT_EQ(rate.colour, WarningColour::green);
  EXPECT_EQ(rate.trace.variant, "not_prorated");
  EXPECT_EQ(warning(progress("满意度", std::string("≥95%"), std::string("93%")), 7).colour,
            WarningColour::blue);  // production prorates every positive target
  EXPECT_EQ(warning(progress("x", std::string("≥10个"), std::string("4个")), 6, policy).colour,
            WarningColour::green);  // counts are still prorated
}

TEST(IndicatorProgressColour, NegativeTargetsPassOrFail) {
  EXPECT_EQ(indicator_colour("≤40万元/所", "40万元/所"), WarningColour::green);
  EXPECT_EQ(indicator_colour("≤40万元/所", "41.2万元/所"), WarningColour::red);
  EXPECT_EQ(indicator_colour("＜5%", "5%"), WarningColour::red);
  EXPECT_EQ(indicator_colour("＜5%", "4.9%"), WarningColour::green);
  // A bare rate named as lower-is-better is a negative target too.
  EXPECT_EQ(warning(progress("群众投诉率", std::string("3%"), std::string("3.5%"))).colour,
            WarningColour::red);
}

TEST(IndicatorProgressColour, ZeroTargets) {
  EXPECT_EQ(indicator_colour("＝0起", "0起"), WarningColour::green);
  EXPECT_EQ(indicator_colour("＝0起", "1起"), WarningColour::red);
  EXPECT_EQ(indicator_colour("标准：建设完成率＞0。", "35%"), WarningColour::green);
  Policy red = national();
  red.monitoring.zero_target = ZeroTargetRule::red;
  EXPECT_EQ(warning(progress("x", std::string("＝0起"), std::string("0起")), 6, red).colour,
            WarningColour::red);
}

TEST(IndicatorProgressColour, QualitativeByGrade) {
  const char* target = "标准：顺利通过验收。";
  EXPECT_EQ(indicator_colour(target, "达成目标"), WarningColour::green);
  EXPECT_EQ(indicator_colour(target, "部分达成目标并具有一定效果"), WarningColour::yellow);
  EXPECT_EQ(indicator_colour(target, "未达成目标且效果较差"), WarningColour::red);
  EXPECT_EQ(indicator_colour(target, "部分达成"), WarningColour::yellow);
  EXPECT_EQ(monitoring_grade_from_text(" 达成目标。"), QualitativeGrade::met);
  EXPECT_FALSE(monitoring_grade_from_text("进展顺利").has_value());
  const MonitoringResult r = [&] {
    MonitoringReport m = report();
    m.indicators = {progress("验收", std::string(target), std::string("进展顺利"))};
    return monitor(m, national());
  }();
  EXPECT_TRUE(
      has_finding(r.findings, MonitoringFindingCode::grade_missing, "/indicators/0/progress"));
}

TEST(IndicatorProgressColour, CompoundTargetsTakeTheWorstPart) {
  // Month 6: 省 4 / (8 × 0.5) = 100 green; 地区 5 / (20 × 0.5) = 50 red.
  EXPECT_EQ(indicator_colour("8省20个地区以上", "4省5个地区"), WarningColour::red);
  EXPECT_EQ(indicator_colour("8省20个地区以上", "6省10个地区"),
            WarningColour::green);  // blue, green
}

TEST(IndicatorProgressColour, UnreadableOrMissingIsNotAssessedWithAFinding) {
  MonitoringReport r = report();
  r.indicators = {progress("a", std::string("≥10个"), std::string("建设中")),
                  progress("b", std::string("≥10个"), std::nullopt),
                  progress("c", std::nullopt, std::string("5个")),
                  progress("d", std::string("标准：完成年度计划数。"), std::string("5个")),
                  progress("e", std::string("≥10个"), std::string("5台"))};
  const MonitoringResult result = monitor(r, national());
  for (const IndicatorWarning& w : result.indicators) {
    EXPECT_EQ(w.method, ProgressMethod::not_assessed) << w.name;
    EXPECT_FALSE(w.colour.has_value()) << w.name;
  }
  EXPECT_TRUE(has_finding(result.findings, MonitoringFindingCode::progress_unreadable,
                          "/indicators/0/progress"));
  EXPECT_TRUE(has_finding(result.findings, MonitoringFindingCode::progress_missing,
                          "/indicators/1/progress"));
  EXPECT_TRUE(has_finding(result.findings, MonitoringFindingCode::target_missing,
                          "/indicators/2/annual_target"));
  EXPECT_TRUE(has_finding(result.findings, MonitoringFindingCode::target_unreadable,
                          "/indicators/3/annual_target"));
  EXPECT_TRUE(has_finding(result.findings, MonitoringFindingCode::progress_unreadable,
                          "/indicators/4/progress"));
  EXPECT_FALSE(result.goal_colour.has_value());
}

TEST(GoalColour, IsTheWorstIndicatorColourUnderTheSeverityOrder) {
  MonitoringReport r = report();
  r.indicators = {progress("blue", std::string("≥10个"), std::string("9个")),
                  progress("green", std::string("≥10个"), std::string("5个")),
                  progress("yellow", std::string("≥10个"), std::string("3.5个"))};
  EXPECT_EQ(monitor(r, national()).goal_colour, WarningColour::yellow);
  Policy blue_worst = national();
  blue_worst.monitoring.severity_order = {WarningColour::blue, WarningColour::red,
                                          WarningColour::yellow, WarningColour::green};
  EXPECT_EQ(monitor(r, blue_worst).goal_colour, WarningColour::blue);
  EXPECT_EQ(worse_colour(WarningColour::green, WarningColour::blue, MonitoringPolicy{}),
            WarningColour::green);
  EXPECT_EQ(colour_of(dec("119.99"), MonitoringPolicy{}.indicator_progress), WarningColour::green);
}

TEST(MonitoringFindings, WarningsNeedACauseAndImpossibleTargetsAreFlagged) {
  MonitoringReport r = report();
  IndicatorProgress unexplained = progress("x", std::string("≥10个"), std::string("1个"));
  unexplained.deviation_reason.reset();
  IndicatorProgress caused = unexplained;
  caused.deviation_causes = {DeviationCause::funding};
  IndicatorProgress impossible = progress("y", std::string("≥10个"), std::string("5个"));
  impossible.likelihood = CompletionLikelihood::impossible;
  r.indicators = {unexplained, caused, impossible};
  const MonitoringResult result = monitor(r, national());
  EXPECT_TRUE(has_finding(result.findings, MonitoringFindingCode::deviation_reason_missing,
                          "/indicators/0/deviation_reason"));
  EXPECT_FALSE(has_finding(result.findings, MonitoringFindingCode::deviation_reason_missing,
                           "/indicators/1/deviation_reason"));
  EXPECT_TRUE(has_finding(result.findings, MonitoringFindingCode::completion_impossible,
                          "/indicators/2/likelihood"));
  EXPECT_EQ(result.indicators[2].likelihood, CompletionLikelihood::impossible);
}

TEST(Monitoring, MonthOutsideTheYearIsRefused) {
  for (const int month : {0, 13, -1}) {
    try {
      (void)monitor(report(month), national());
      ADD_FAILURE() << month;
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), ErrorCode::invalid_argument);
      EXPECT_EQ(error.location().json_path, "/month");
    }
  }
}

TEST(Monitoring, TextIsColouredOnlyWhenAsked) {
  MonitoringReport r = report();
  r.budget_execution = {line("100", "10")};
  const MonitoringResult result = monitor(r, national());
  EXPECT_NE(format_monitoring_result(result, true).find("\x1b[1;31m红 red\x1b[0m"),
            std::string::npos);
  EXPECT_EQ(format_monitoring_result(result, false).find('\x1b'), std::string::npos);
}

TEST(PanyuMonitoring, MatchesItsGoldenFile) {
  const MonitoringReport r = read_monitoring_report(
      testing::read_source_file("examples/panyu-2023/monitoring-report.json"));
  const MonitoringResult result = monitor(r, national());
  EXPECT_EQ(write_monitoring_result(result),
            testing::read_source_file("tests/data/golden/panyu-2023-monitoring.json"));
  EXPECT_EQ(format_monitoring_result(result),
            testing::read_source_file("tests/data/golden/panyu-2023-monitoring.txt"));
  // Every colour and every way of colouring appears in the example.
  std::set<WarningColour> colours;
  std::set<ProgressMethod> methods;
  for (const IndicatorWarning& w : result.indicators) {
    if (w.colour) colours.insert(*w.colour);
    methods.insert(w.method);
  }
  EXPECT_EQ(colours.size(), 4u);
  EXPECT_EQ(methods.size(), 4u);
  EXPECT_EQ(result.goal_colour, WarningColour::red);
}

}  // namespace
}  // namespace jixiao
