/* Review (审核) through the C ABI: the 番禺 example gives its golden report byte for byte as JSON,
   and the same report read finding by finding; a policy handle reviewing several declarations;
   the rule catalog; misuse. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixtures.h"
#include "jixiao.h"

#define TEXT(literal) literal, strlen(literal)

/* A field's text, "(absent)" when the field is absent. */
static const char *review_text(const jx_review_report *report, int field, size_t row) {
  const char *text = NULL;
  CHECK_STATUS(JX_OK, jx_review_report_get_text(report, field, row, &text, NULL));
  return text != NULL ? text : "(absent)";
}

static int64_t review_int(const jx_review_report *report, int field, size_t row) {
  int64_t value = -99;
  CHECK_STATUS(JX_OK, jx_review_report_get_int(report, field, row, &value));
  return value;
}

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

static void the_panyu_declaration_is_reviewed(void) {
  jx_declaration *declaration = load_declaration();
  jx_review_report *report = NULL;
  char *json = NULL, *text = NULL;
  size_t count = 0, row, errors = 0, suggestions = 0;

  CHECK_STATUS(JX_OK, jx_review(declaration, NULL, &report));
  CHECK_STATUS(JX_OK, jx_review_report_to_json(report, &json));
  expect_golden("tests/data/golden/panyu-2023-review.json", json);

  CHECK_STR("national-2015", review_text(report, JX_REVIEW_POLICY, 0));
  CHECK_STR("2015", review_text(report, JX_REVIEW_TAXONOMY, 0));
  CHECK(review_int(report, JX_REVIEW_INDICATORS, 0) == 52);
  CHECK(review_int(report, JX_REVIEW_ERRORS, 0) == 8);
  CHECK(review_int(report, JX_REVIEW_WARNINGS, 0) == 13);
  CHECK(review_int(report, JX_REVIEW_INFOS, 0) == 23);
  CHECK(review_int(report, JX_REVIEW_VERDICT, 0) == JX_GRADE_FAIR);
  CHECK_STR("fair", review_text(report, JX_REVIEW_VERDICT, 0));

  CHECK_STATUS(JX_OK, jx_review_report_count(report, JX_FINDINGS, &count));
  CHECK(count == 44);
  for (row = 0; row < count; ++row) {
    errors += review_int(report, JX_FINDING_SEVERITY, row) == JX_SEVERITY_ERROR;
    suggestions += strcmp(review_text(report, JX_FINDING_SUGGESTION, row), "(absent)") != 0;
  }
  CHECK(errors == 8);
  CHECK(suggestions > 0);
  CHECK_STR("JX-IND-008", review_text(report, JX_FINDING_CODE, 0));
  CHECK_STR("/indicators/0/period_target", review_text(report, JX_FINDING_PATH, 0));
  CHECK(review_int(report, JX_FINDING_SEVERITY, 0) == JX_SEVERITY_WARNING);
  CHECK_STR("warning", review_text(report, JX_FINDING_SEVERITY, 0));
  CHECK(review_int(report, JX_FINDING_DIMENSION, 0) == JX_DIMENSION_RELEVANCE);
  CHECK_STR("relevance", review_text(report, JX_FINDING_DIMENSION, 0));
  CHECK_STR("租赁场地面积。", review_text(report, JX_FINDING_INDICATOR, 0));
  CHECK(strstr(review_text(report, JX_FINDING_MESSAGE_ZH, 0), "完成周期计划数") != NULL);
  CHECK(strstr(review_text(report, JX_FINDING_MESSAGE_EN, 0), "period target") != NULL);
  CHECK(strstr(review_text(report, JX_FINDING_RULE_SOURCE, 0), "88号") != NULL);
  CHECK(strstr(review_text(report, JX_FINDING_DATA, 0), "\"indicators\":52") != NULL);
  CHECK_STR("(absent)", review_text(report, JX_FINDING_RELATED_PATH, 0));
  CHECK_STR("≥30135平方米", review_text(report, JX_FINDING_SUGGESTION, 2));

  CHECK_STATUS(JX_OK, jx_review_report_to_text(report, JX_LANGUAGE_ZH, &text));
  CHECK(strstr(text, "JX-IND-008") != NULL);
  jx_free(text);
  CHECK_STATUS(JX_OK, jx_review_report_to_text(report, JX_LANGUAGE_EN, &text));
  CHECK(strstr(text, "period target") != NULL);
  jx_free(text);

  /* Misuse. */
  {
    const char *field_text = NULL;
    int64_t value = 0;
    CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_review_report_to_text(report, 7, &text));
    CHECK_STATUS(JX_E_OUT_OF_RANGE,
                 jx_review_report_get_text(report, JX_FINDING_CODE, count, &field_text, NULL));
    CHECK_STATUS(JX_E_OUT_OF_RANGE,
                 jx_review_report_get_text(report, JX_REVIEW_POLICY, 1, &field_text, NULL));
    CHECK_STATUS(JX_E_INVALID_ARGUMENT,
                 jx_review_report_get_text(report, 1999, 0, &field_text, NULL));
    CHECK_STATUS(JX_E_INVALID_ARGUMENT,
                 jx_review_report_get_text(report, JX_INDICATOR_NAME, 0, &field_text, NULL));
    CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_review_report_count(report, JX_INDICATORS, &count));
    CHECK_STATUS(JX_E_INVALID_ARGUMENT,
                 jx_review_report_get_int(report, JX_FINDING_CODE, 0, &value));
    CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_review_report_get_int(report, JX_FINDING_CODE, 0, NULL));
    CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_review(NULL, NULL, &report));
    CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_review(declaration, NULL, NULL));
    CHECK_STATUS(JX_E_WRONG_HANDLE,
                 jx_review((const jx_declaration *)(const void *)report, NULL, &report));
    CHECK_STATUS(JX_E_WRONG_HANDLE,
                 jx_review(declaration, (const jx_policy *)(const void *)declaration, &report));
    CHECK_STATUS(JX_E_WRONG_HANDLE,
                 jx_review_report_count((const jx_review_report *)(const void *)declaration,
                                        JX_FINDINGS, &count));
    jx_review_report_free((jx_review_report *)(void *)declaration); /* wrong kind: ignored */
  }
  jx_review_report_free(report);
  jx_review_report_free(NULL);
  jx_declaration_free(declaration);
}

static void a_policy_handle_reviews_many_declarations(void) {
  jx_declaration *declaration = load_declaration();
  jx_policy *policy = NULL;
  jx_review_report *first = NULL, *second = NULL;
  char *first_json = NULL, *second_json = NULL;
  size_t row = 0;
  CHECK_STATUS(JX_OK, jx_policy_preset(TEXT("national-2015"), &policy));
  CHECK_STATUS(JX_OK, jx_review(declaration, policy, &first));
  /* A changed declaration reviewed with the same (compiled once) policy. */
  CHECK_STATUS(JX_OK, jx_declaration_add_row(declaration, JX_INDICATORS, &row));
  CHECK_STATUS(JX_OK, jx_review(declaration, policy, &second));
  CHECK(review_int(second, JX_REVIEW_INDICATORS, 0) == 53);
  CHECK(review_int(second, JX_REVIEW_ERRORS, 0) > review_int(first, JX_REVIEW_ERRORS, 0));
  CHECK_STATUS(JX_OK, jx_review_report_to_json(first, &first_json));
  CHECK_STATUS(JX_OK, jx_review_report_to_json(second, &second_json));
  CHECK(strcmp(first_json, second_json) != 0);
  CHECK_STR("national-2015", review_text(first, JX_REVIEW_POLICY, 0));
  jx_free(first_json);
  jx_free(second_json);
  jx_review_report_free(first);
  jx_review_report_free(second);
  jx_policy_free(policy);
  jx_declaration_free(declaration);
}

static void the_rule_catalog_is_readable(void) {
  size_t count = 0, row;
  const char *text = NULL;
  int64_t value = -1;
  int found_ind_006 = 0;
  CHECK_STATUS(JX_OK, jx_review_rules_count(&count));
  CHECK(count > 10);
  for (row = 0; row < count; ++row) {
    CHECK_STATUS(JX_OK, jx_review_rules_get_text(JX_REVIEW_RULE_CODE, row, &text, NULL));
    if (text == NULL || strcmp(text, "JX-IND-006") != 0) continue;
    found_ind_006 = 1;
    CHECK_STATUS(JX_OK, jx_review_rules_get_int(JX_REVIEW_RULE_SEVERITY, row, &value));
    CHECK(value == JX_SEVERITY_ERROR);
    CHECK_STATUS(JX_OK, jx_review_rules_get_text(JX_REVIEW_RULE_TITLE_ZH, row, &text, NULL));
    CHECK(text != NULL && strlen(text) > 0);
    CHECK_STATUS(JX_OK, jx_review_rules_get_text(JX_REVIEW_RULE_SOURCE, row, &text, NULL));
    CHECK(text != NULL && strlen(text) > 0);
  }
  CHECK(found_ind_006);
  CHECK_STATUS(JX_E_OUT_OF_RANGE,
               jx_review_rules_get_text(JX_REVIEW_RULE_CODE, count, &text, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_review_rules_get_int(JX_REVIEW_RULE_CODE, 0, &value));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_review_rules_get_text(JX_FINDING_CODE, 0, &text, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_review_rules_count(NULL));
  CHECK_STR("rule_source", jx_field_name(JX_FINDING_RULE_SOURCE));
  CHECK_STR("title_en", jx_field_name(JX_REVIEW_RULE_TITLE_EN));
}

int main(void) {
  the_panyu_declaration_is_reviewed();
  a_policy_handle_reviews_many_declarations();
  the_rule_catalog_is_readable();
  return check_summary();
}
