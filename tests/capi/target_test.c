/* 指标值 through the C ABI: parsing, the canonical form, the MOF split and back, meeting a target,
   diagnostics with positions, compound parts, and misuse. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jixiao.h"

#define TEXT(literal) literal, strlen(literal)

static jx_target *parse(const char *text) {
  jx_target *target = NULL;
  if (jx_target_parse(text, strlen(text), &target) != JX_OK) {
    fprintf(stderr, "cannot parse %s: %s\n", text, jx_last_error()->message);
    exit(2);
  }
  return target;
}

static void expect_text(const jx_target *target, int field, size_t row, const char *expected) {
  const char *text = (const char *)1;
  size_t len = 99;
  CHECK_STATUS(JX_OK, jx_target_get_text(target, field, row, &text, &len));
  if (expected == NULL) {
    CHECK(text == NULL && len == 0);
  } else {
    CHECK_STR(expected, text);
    CHECK(text != NULL && len == strlen(expected));
  }
}

static int64_t int_field(const jx_target *target, int field, size_t row) {
  int64_t value = -99;
  CHECK_STATUS(JX_OK, jx_target_get_int(target, field, row, &value));
  return value;
}

static void expect_decimal(const jx_target *target, int field, const char *expected) {
  jx_decimal *value = (jx_decimal *)1;
  char *text = NULL;
  CHECK_STATUS(JX_OK, jx_target_get_decimal(target, field, 0, &value));
  if (expected == NULL) {
    CHECK(value == NULL);
    return;
  }
  CHECK(value != NULL);
  CHECK_STATUS(JX_OK, jx_decimal_to_string(value, &text));
  CHECK_STR(expected, text);
  jx_free(text);
  jx_decimal_free(value);
}

static void a_quantitative_target_is_read(void) {
  jx_target *target = parse("标准：＞90%");
  size_t count = 9;
  CHECK(int_field(target, JX_TARGET_KIND, 0) == JX_TARGET_KIND_QUANTITATIVE);
  expect_text(target, JX_TARGET_KIND, 0, "quantitative");
  CHECK(int_field(target, JX_TARGET_COMPARATOR, 0) == JX_COMPARATOR_GREATER);
  expect_text(target, JX_TARGET_COMPARATOR, 0, "greater");
  expect_text(target, JX_TARGET_COMPARATOR_SYMBOL, 0, "＞");
  CHECK(int_field(target, JX_TARGET_DIRECTION, 0) == JX_DIRECTION_POSITIVE);
  expect_decimal(target, JX_TARGET_VALUE, "90");
  expect_decimal(target, JX_TARGET_UPPER, NULL);
  expect_text(target, JX_TARGET_VALUE, 0, "90");
  expect_text(target, JX_TARGET_UPPER, 0, NULL);
  expect_text(target, JX_TARGET_UNIT, 0, "%");
  expect_text(target, JX_TARGET_LABEL, 0, "标准");
  expect_text(target, JX_TARGET_TEXT, 0, "标准：＞90%");
  expect_text(target, JX_TARGET_CANONICAL, 0, "＞90%");
  expect_text(target, JX_TARGET_DATE, 0, NULL);
  expect_text(target, JX_TARGET_APPROXIMATE, 0, "false");
  CHECK(int_field(target, JX_TARGET_APPROXIMATE, 0) == 0);
  CHECK_STATUS(JX_OK, jx_target_count(target, JX_TARGET_ROOT, &count));
  CHECK(count == 1);
  CHECK_STATUS(JX_OK, jx_target_count(target, JX_TARGET_PARTS, &count));
  CHECK(count == 0);
  jx_target_free(target);
}

static void ranges_dates_and_statements_are_read(void) {
  jx_target *range = parse("90%-100%");
  jx_target *date = parse("2023年12月底前");
  jx_target *statement = parse("正常运行");
  jx_target *empty = parse("/");
  CHECK(int_field(range, JX_TARGET_KIND, 0) == JX_TARGET_KIND_RANGE);
  CHECK(int_field(range, JX_TARGET_DIRECTION, 0) == JX_DIRECTION_WITHIN);
  expect_decimal(range, JX_TARGET_VALUE, "90");
  expect_decimal(range, JX_TARGET_UPPER, "100");
  CHECK(int_field(date, JX_TARGET_KIND, 0) == JX_TARGET_KIND_DATE);
  expect_text(date, JX_TARGET_DATE, 0, "2023-12-31");
  CHECK(int_field(statement, JX_TARGET_KIND, 0) == JX_TARGET_KIND_QUALITATIVE);
  CHECK(int_field(statement, JX_TARGET_DIRECTION, 0) == JX_DIRECTION_ACHIEVE);
  expect_text(statement, JX_TARGET_BODY, 0, "正常运行");
  expect_text(statement, JX_TARGET_UNIT, 0, "");
  CHECK(int_field(empty, JX_TARGET_KIND, 0) == JX_TARGET_KIND_EMPTY);
  expect_text(empty, JX_TARGET_CANONICAL, 0, "");
  jx_target_free(range);
  jx_target_free(date);
  jx_target_free(statement);
  jx_target_free(empty);
}

static void vague_texts_say_why_and_where(void) {
  jx_target *vague = parse("标准：完成年度计划数。");
  size_t count = 0;
  const char *text = NULL;
  CHECK(int_field(vague, JX_TARGET_KIND, 0) == JX_TARGET_KIND_VAGUE);
  CHECK_STATUS(JX_OK, jx_target_count(vague, JX_TARGET_DIAGNOSTICS, &count));
  CHECK(count >= 1);
  expect_text(vague, JX_TARGET_DIAGNOSTIC_CODE, 0, "vague_phrase");
  CHECK(int_field(vague, JX_TARGET_DIAGNOSTIC_CHAR_OFFSET, 0) == 5); /* 年度计划 */
  CHECK(int_field(vague, JX_TARGET_DIAGNOSTIC_BYTE_OFFSET, 0) == 15);
  CHECK(int_field(vague, JX_TARGET_DIAGNOSTIC_CHAR_LENGTH, 0) == 4);
  CHECK_STATUS(JX_OK, jx_target_get_text(vague, JX_TARGET_DIAGNOSTIC_MESSAGE_ZH, 0, &text, NULL));
  CHECK(text != NULL && strlen(text) > 0);
  CHECK_STATUS(JX_OK, jx_target_get_text(vague, JX_TARGET_DIAGNOSTIC_MESSAGE, 0, &text, NULL));
  CHECK(text != NULL && strstr(text, " / ") != NULL);
  CHECK_STATUS(JX_E_OUT_OF_RANGE,
               jx_target_get_text(vague, JX_TARGET_DIAGNOSTIC_CODE, count, &text, NULL));
  jx_target_free(vague);
}

static void compound_targets_have_parts(void) {
  jx_target *compound = parse("8省20个地区以上"), *part = NULL;
  size_t count = 0;
  CHECK_STATUS(JX_OK, jx_target_count(compound, JX_TARGET_PARTS, &count));
  CHECK(count == 2);
  CHECK_STATUS(JX_OK, jx_target_part(compound, 1, &part));
  expect_decimal(part, JX_TARGET_VALUE, "20");
  expect_text(part, JX_TARGET_UNIT, 0, "个地区");
  CHECK(int_field(part, JX_TARGET_COMPARATOR, 0) == JX_COMPARATOR_GREATER_EQUAL);
  CHECK_STATUS(JX_E_OUT_OF_RANGE, jx_target_part(compound, 2, &part));
  jx_target_free(part);
  jx_target_free(compound);
}

static void the_mof_split_goes_both_ways(void) {
  jx_target *at_least = parse("≥95%"), *bare = parse("100%"), *statement = parse("正常运行");
  jx_target *from_row = NULL;
  jx_decimal *value = NULL;
  char *unit = NULL, *text = NULL, *value_text = NULL;
  int code = 0, same = 0;

  CHECK_STATUS(
      JX_OK, jx_target_to_mof(at_least, JX_COMPARATOR_GREATER_EQUAL, &code, &value, &unit, &text));
  CHECK(code == 1);
  CHECK_STATUS(JX_OK, jx_decimal_to_string(value, &value_text));
  CHECK_STR("95", value_text);
  CHECK_STR("%", unit);
  CHECK_STR("≥95%", text);
  jx_free(value_text);
  jx_free(unit);
  jx_free(text);
  jx_decimal_free(value);

  /* A bare value stores the comparator the caller chooses; NULL outputs are skipped. */
  CHECK_STATUS(JX_OK, jx_target_to_mof(bare, JX_COMPARATOR_LESS_EQUAL, &code, NULL, NULL, NULL));
  CHECK(code == JX_COMPARATOR_LESS_EQUAL);
  value = (jx_decimal *)1;
  CHECK_STATUS(
      JX_OK, jx_target_to_mof(statement, JX_COMPARATOR_GREATER_EQUAL, &code, &value, NULL, &text));
  CHECK(code == JX_MOF_QUALITATIVE);
  CHECK(value == NULL);
  CHECK_STR("正常运行", text);
  jx_free(text);

  CHECK_STATUS(JX_OK, jx_target_from_mof(1, TEXT("95"), TEXT("%"), &from_row));
  CHECK_STATUS(JX_OK, jx_target_equivalent(from_row, at_least, &same));
  CHECK(same == 1);
  CHECK_STATUS(JX_OK, jx_target_equivalent(from_row, bare, &same));
  CHECK(same == 0);
  jx_target_free(from_row);
  from_row = NULL;
  CHECK_STATUS(JX_OK, jx_target_from_mof(6, TEXT("正常运行"), NULL, 0, &from_row));
  CHECK(int_field(from_row, JX_TARGET_KIND, 0) == JX_TARGET_KIND_QUALITATIVE);
  jx_target_free(from_row);
  from_row = NULL;

  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_target_from_mof(7, TEXT("1"), NULL, 0, &from_row));
  CHECK_STATUS(JX_E_PARSE, jx_target_from_mof(1, TEXT("很多"), NULL, 0, &from_row));
  CHECK(from_row == NULL);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_target_to_mof(at_least, 0, &code, NULL, NULL, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_target_to_mof(at_least, JX_COMPARATOR_GREATER_EQUAL, NULL, NULL, NULL, NULL));

  /* A NUL byte in the text cannot travel in the C string of the MOF text: refused, nothing handed
     out; the canonical text comes with its length. */
  {
    static const char with_nul[] = "正常\0运行";
    jx_target *holds_nul = NULL;
    const char *canonical = NULL;
    size_t length = 0;
    CHECK_STATUS(JX_OK, jx_target_parse(with_nul, sizeof with_nul - 1, &holds_nul));
    code = 0;
    text = NULL;
    CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_target_to_mof(holds_nul, JX_COMPARATOR_GREATER_EQUAL,
                                                         &code, NULL, NULL, &text));
    CHECK(code == 0 && text == NULL);
    CHECK_STATUS(JX_OK,
                 jx_target_to_mof(holds_nul, JX_COMPARATOR_GREATER_EQUAL, &code, NULL, NULL, NULL));
    CHECK(code == JX_MOF_QUALITATIVE);
    CHECK_STATUS(JX_OK, jx_target_get_text(holds_nul, JX_TARGET_CANONICAL, 0, &canonical, &length));
    CHECK(length == sizeof with_nul - 1 && memcmp(canonical, with_nul, length) == 0);
    jx_target_free(holds_nul);
  }
  jx_target_free(at_least);
  jx_target_free(bare);
  jx_target_free(statement);
}

static void actual_values_meet_targets_unit_aware(void) {
  jx_target *rate = parse("≥95%"), *count = parse("不少于3次"), *statement = parse("提升");
  int met = -1;
  CHECK_STATUS(JX_OK, jx_target_is_met(rate, TEXT("96%"), JX_COMPARATOR_GREATER_EQUAL, &met));
  CHECK(met == 1);
  CHECK_STATUS(JX_OK, jx_target_is_met(rate, TEXT("0.9"), JX_COMPARATOR_GREATER_EQUAL, &met));
  CHECK(met == 0);
  CHECK_STATUS(JX_OK, jx_target_is_met(rate, TEXT("0.95"), JX_COMPARATOR_GREATER_EQUAL, &met));
  CHECK(met == 1);
  CHECK_STATUS(JX_OK, jx_target_is_met(count, TEXT("3次"), JX_COMPARATOR_GREATER_EQUAL, &met));
  CHECK(met == 1);
  met = -1;
  CHECK_STATUS(JX_E_UNIT_MISMATCH,
               jx_target_is_met(count, TEXT("3万元"), JX_COMPARATOR_GREATER_EQUAL, &met));
  CHECK_STATUS(JX_E_PARSE,
               jx_target_is_met(rate, TEXT("基本完成"), JX_COMPARATOR_GREATER_EQUAL, &met));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_target_is_met(statement, TEXT("1"), JX_COMPARATOR_GREATER_EQUAL, &met));
  CHECK(met == -1);
  jx_target_free(rate);
  jx_target_free(count);
  jx_target_free(statement);
}

static void json_and_misuse(void) {
  jx_target *target = parse("≥95%"), *other = NULL;
  char *json = NULL;
  const char *text = NULL;
  int64_t value = 0;
  jx_decimal *number = NULL;
  size_t count = 0;
  const char invalid[] = {'9', (char)0xE2, (char)0x89, '%'};

  CHECK_STATUS(JX_OK, jx_target_to_json(target, &json));
  CHECK(strstr(json, "\"kind\"") != NULL && strstr(json, "quantitative") != NULL);
  jx_free(json);

  CHECK_STATUS(JX_E_INVALID_UTF8, jx_target_parse(invalid, sizeof invalid, &other));
  CHECK(jx_last_error()->byte_offset == 1);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_target_parse(NULL, 4, &other));
  CHECK_STATUS(JX_E_LIMIT, jx_target_parse("x", JX_MAX_TEXT_BYTES + 1, &other));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_target_parse(TEXT("5"), NULL));
  CHECK(other == NULL);
  CHECK_STATUS(JX_OK, jx_target_parse(NULL, 0, &other));
  CHECK(int_field(other, JX_TARGET_KIND, 0) == JX_TARGET_KIND_EMPTY);

  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_target_get_text(target, 1399, 0, &text, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_target_get_text(target, JX_INDICATOR_NAME, 0, &text, NULL));
  CHECK_STATUS(JX_E_OUT_OF_RANGE, jx_target_get_text(target, JX_TARGET_UNIT, 1, &text, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_target_get_int(target, JX_TARGET_UNIT, 0, &value));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_target_get_decimal(target, JX_TARGET_UNIT, 0, &number));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_target_count(target, JX_INDICATORS, &count));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_target_count(NULL, JX_TARGET_ROOT, &count));
  CHECK_STATUS(JX_OK, jx_decimal_parse(TEXT("1"), &number));
  CHECK_STATUS(JX_E_WRONG_HANDLE,
               jx_target_count((const jx_target *)(const void *)number, JX_TARGET_ROOT, &count));
  jx_target_free((jx_target *)(void *)number); /* the wrong free function does nothing */
  jx_decimal_free(number);
  CHECK_STR("canonical", jx_field_name(JX_TARGET_CANONICAL));
  CHECK_STR("char_length", jx_field_name(JX_TARGET_DIAGNOSTIC_CHAR_LENGTH));
  jx_target_free(target);
  jx_target_free(other);
  jx_target_free(NULL);
}

int main(void) {
  a_quantitative_target_is_read();
  ranges_dates_and_statements_are_read();
  vague_texts_say_why_and_where();
  compound_targets_have_parts();
  the_mof_split_goes_both_ways();
  actual_values_meet_targets_unit_aware();
  json_and_misuse();
  return check_summary();
}
