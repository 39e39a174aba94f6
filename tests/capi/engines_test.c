/* Scoring (自评) and monitoring (双监控) through the C ABI: the 番禺 examples give their golden
   scorecard and monitoring result byte for byte, as JSON and as text, and the same results read
   row by row with their traces; misuse. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixtures.h"
#include "jixiao.h"

#define TEXT(literal) literal, strlen(literal)

static jx_declaration *load_declaration(void) {
  size_t size = 0;
  char *json = read_source_file("examples/panyu-2023/declaration.json", &size);
  jx_declaration *declaration = NULL;
  if (jx_declaration_load_json(json, size, NULL, &declaration) != JX_OK) exit(2);
  free(json);
  return declaration;
}

/* Expects `written` (freed here) to equal the golden file byte for byte. */
static void expect_golden(const char *golden_path, char *written) {
  size_t size = 0;
  char *golden = read_source_file(golden_path, &size);
  CHECK(written != NULL && strlen(written) == size && memcmp(written, golden, size) == 0);
  if (written != NULL && (strlen(written) != size || memcmp(written, golden, size) != 0))
    fprintf(stderr, "  %s differs; written:\n%s\n", golden_path, written);
  free(golden);
  jx_free(written);
}

static jx_self_evaluation *load_self_evaluation(void) {
  size_t size = 0;
  char *json = read_source_file("examples/panyu-2023/self-evaluation.json", &size);
  jx_self_evaluation *evaluation = NULL;
  if (jx_self_evaluation_load_json(json, size, NULL, &evaluation) != JX_OK) exit(2);
  free(json);
  return evaluation;
}

static void the_panyu_self_evaluation_is_scored(void) {
  jx_self_evaluation *evaluation = load_self_evaluation();
  jx_declaration *declaration = load_declaration();
  jx_scorecard *scorecard = NULL, *with_declaration = NULL;
  jx_decimal *total = NULL, *score = NULL;
  char *json = NULL, *text = NULL;
  const char *field = NULL;
  size_t count = 0, row, not_scored = 0;
  int64_t value = -9;

  CHECK_STATUS(JX_OK, jx_score(evaluation, NULL, NULL, &scorecard));
  CHECK_STATUS(JX_OK, jx_scorecard_to_json(scorecard, &json));
  expect_golden("tests/data/golden/panyu-2023-scorecard.json", json);
  CHECK_STATUS(JX_OK, jx_scorecard_to_text(scorecard, &text));
  expect_golden("tests/data/golden/panyu-2023-scorecard.txt", text);

  CHECK_STATUS(JX_OK, jx_scorecard_get_decimal(scorecard, JX_SCORECARD_TOTAL, 0, &total));
  CHECK(total != NULL);
  CHECK_STATUS(JX_OK, jx_scorecard_get_text(scorecard, JX_SCORECARD_TOTAL, 0, &field, NULL));
  CHECK(field != NULL && strlen(field) > 0);
  CHECK_STATUS(JX_OK, jx_scorecard_get_int(scorecard, JX_SCORECARD_GRADE, 0, &value));
  CHECK(value >= JX_GRADE_EXCELLENT && value <= JX_GRADE_POOR);
  CHECK_STATUS(JX_OK, jx_scorecard_get_int(scorecard, JX_SCORECARD_AUDIT, 0, &value));
  CHECK(value == 0 || value == 1);
  CHECK_STATUS(JX_OK, jx_scorecard_count(scorecard, JX_BUDGET_EXECUTION_SCORE, &count));
  CHECK(count == 1);
  CHECK_STATUS(JX_OK,
               jx_scorecard_get_text(scorecard, JX_BUDGET_SCORE_TRACE_RULE, 0, &field, NULL));
  CHECK(field != NULL && strlen(field) > 0);
  CHECK_STATUS(JX_OK,
               jx_scorecard_get_text(scorecard, JX_BUDGET_SCORE_TRACE_ARITHMETIC, 0, &field, NULL));
  CHECK(field != NULL);

  CHECK_STATUS(JX_OK, jx_scorecard_count(scorecard, JX_INDICATOR_SCORES, &count));
  CHECK(count == 52);
  for (row = 0; row < count; ++row) {
    CHECK_STATUS(JX_OK, jx_scorecard_get_int(scorecard, JX_INDICATOR_SCORE_METHOD, row, &value));
    if (value == JX_SCORING_NOT_SCORED) {
      ++not_scored;
      CHECK_STATUS(JX_OK, jx_scorecard_get_int(scorecard, JX_INDICATOR_SCORE_MET, row, &value));
      CHECK(value == -1);
      CHECK_STATUS(JX_OK,
                   jx_scorecard_get_text(scorecard, JX_INDICATOR_SCORE_MET, row, &field, NULL));
      CHECK(field == NULL);
    }
  }
  CHECK_STATUS(JX_OK, jx_scorecard_get_decimal(scorecard, JX_INDICATOR_SCORE_SCORE, 0, &score));
  CHECK(score != NULL);
  CHECK_STATUS(JX_OK, jx_scorecard_get_text(scorecard, JX_INDICATOR_SCORE_PATH, 0, &field, NULL));
  CHECK_STR("/indicators/0", field);
  CHECK_STATUS(JX_OK, jx_scorecard_count(scorecard, JX_SCORING_FINDINGS, &count));
  if (count > 0) {
    CHECK_STATUS(JX_OK, jx_scorecard_get_text(scorecard, JX_SCORING_FINDING_CODE, 0, &field, NULL));
    CHECK(field != NULL && strlen(field) > 0);
    CHECK_STATUS(JX_OK, jx_scorecard_get_text(scorecard, JX_SCORING_FINDING_PATH, 0, &field, NULL));
    CHECK(field != NULL && field[0] == '/');
  }
  CHECK_STATUS(JX_OK, jx_scorecard_count(scorecard, JX_SCORE_DIFFERENCES, &count));
  if (count > 0) {
    CHECK_STATUS(JX_OK,
                 jx_scorecard_get_text(scorecard, JX_SCORE_DIFFERENCE_COMPUTED, 0, &field, NULL));
    CHECK(field != NULL);
  }

  /* With the declaration: the same scorecard (it supplies nothing the example lacks). */
  CHECK_STATUS(JX_OK, jx_score(evaluation, NULL, declaration, &with_declaration));
  CHECK_STATUS(JX_OK, jx_scorecard_to_json(with_declaration, &json));
  expect_golden("tests/data/golden/panyu-2023-scorecard.json", json);

  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_score(NULL, NULL, NULL, &scorecard));
  CHECK_STATUS(
      JX_E_WRONG_HANDLE,
      jx_score(evaluation, NULL, (const jx_declaration *)(const void *)evaluation, &scorecard));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_scorecard_get_decimal(scorecard, JX_INDICATOR_SCORE_NAME, 0, &score));
  CHECK_STATUS(JX_E_OUT_OF_RANGE,
               jx_scorecard_get_text(scorecard, JX_BUDGET_SCORE_PATH, 1, &field, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_scorecard_count(scorecard, JX_FINDINGS, &count));
  CHECK(not_scored <= 52);
  jx_decimal_free(total);
  jx_decimal_free(score);
  jx_scorecard_free(scorecard);
  jx_scorecard_free(with_declaration);
  jx_scorecard_free(NULL);
  jx_self_evaluation_free(evaluation);
  jx_declaration_free(declaration);
}

static void the_panyu_monitoring_report_is_coloured(void) {
  size_t size = 0, count = 0;
  char *input = read_source_file("examples/panyu-2023/monitoring-report.json", &size);
  jx_monitoring_report *report = NULL;
  jx_monitoring_result *result = NULL;
  jx_policy *policy = NULL;
  char *json = NULL, *text = NULL;
  const char *field = NULL;
  jx_decimal *progress = NULL;
  int64_t value = -9;

  CHECK_STATUS(JX_OK, jx_monitoring_report_load_json(input, size, NULL, &report));
  free(input);
  CHECK_STATUS(JX_OK, jx_monitor(report, NULL, &result));
  CHECK_STATUS(JX_OK, jx_monitoring_result_to_json(result, &json));
  expect_golden("tests/data/golden/panyu-2023-monitoring.json", json);
  CHECK_STATUS(JX_OK, jx_monitoring_result_to_text(result, &text));
  expect_golden("tests/data/golden/panyu-2023-monitoring.txt", text);

  CHECK_STATUS(JX_OK, jx_monitoring_result_get_int(result, JX_MONITORING_RESULT_MONTH, 0, &value));
  CHECK(value >= 1 && value <= 12);
  CHECK_STATUS(JX_OK, jx_monitoring_result_count(result, JX_BUDGET_PROGRESS, &count));
  CHECK(count >= 2);
  CHECK_STATUS(JX_OK,
               jx_monitoring_result_get_text(result, JX_BUDGET_PROGRESS_PATH, 0, &field, NULL));
  CHECK_STR("/budget_execution", field);
  CHECK_STATUS(JX_OK,
               jx_monitoring_result_get_text(result, JX_BUDGET_PROGRESS_PATH, 1, &field, NULL));
  CHECK_STR("/budget_execution/0", field);
  CHECK_STATUS(JX_OK, jx_monitoring_result_get_int(result, JX_BUDGET_PROGRESS_COLOUR, 0, &value));
  CHECK(value >= -1 && value <= JX_COLOUR_BLUE);
  CHECK_STATUS(JX_OK,
               jx_monitoring_result_get_decimal(result, JX_BUDGET_PROGRESS_PROGRESS, 0, &progress));
  jx_decimal_free(progress);
  CHECK_STATUS(JX_E_OUT_OF_RANGE,
               jx_monitoring_result_get_text(result, JX_BUDGET_PROGRESS_PATH, count, &field, NULL));
  CHECK_STATUS(JX_OK, jx_monitoring_result_count(result, JX_INDICATOR_WARNINGS, &count));
  CHECK(count > 0);
  CHECK_STATUS(JX_OK, jx_monitoring_result_get_int(result, JX_INDICATOR_WARNING_METHOD, 0, &value));
  CHECK(value >= JX_PROGRESS_PRORATED && value <= JX_PROGRESS_NOT_ASSESSED);
  CHECK_STATUS(JX_OK, jx_monitoring_result_get_text(result, JX_INDICATOR_WARNING_TRACE_RULE, 0,
                                                    &field, NULL));
  CHECK(field != NULL);
  CHECK_STATUS(JX_OK, jx_monitoring_result_count(result, JX_MONITORING_FINDINGS, &count));
  if (count > 0) {
    CHECK_STATUS(JX_OK,
                 jx_monitoring_result_get_int(result, JX_MONITORING_FINDING_SEVERITY, 0, &value));
    CHECK(value == JX_SEVERITY_ERROR || value == JX_SEVERITY_WARNING);
  }

  /* With an explicit policy, and misuse. */
  CHECK_STATUS(JX_OK, jx_policy_preset(TEXT("national-2021"), &policy));
  jx_monitoring_result_free(result);
  result = NULL;
  CHECK_STATUS(JX_OK, jx_monitor(report, policy, &result));
  CHECK_STATUS(JX_OK,
               jx_monitoring_result_get_text(result, JX_MONITORING_RESULT_POLICY, 0, &field, NULL));
  CHECK_STR("national-2021", field);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_monitor(report, policy, NULL));
  CHECK_STATUS(JX_E_WRONG_HANDLE,
               jx_monitor((const jx_monitoring_report *)(const void *)policy, policy, &result));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_monitoring_result_get_int(result, JX_MONITORING_RESULT_POLICY, 0, &value));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_monitoring_result_count(result, JX_FINDINGS, &count));
  CHECK_STR("goal_colour", jx_field_name(JX_MONITORING_RESULT_GOAL_COLOUR));
  CHECK_STR("trace_notes", jx_field_name(JX_INDICATOR_SCORE_TRACE_NOTES));
  jx_monitoring_result_free(result);
  jx_monitoring_result_free(NULL);
  jx_policy_free(policy);
  jx_monitoring_report_free(report);
}

int main(void) {
  the_panyu_self_evaluation_is_scored();
  the_panyu_monitoring_report_is_coloured();
  return check_summary();
}
