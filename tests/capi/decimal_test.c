/* jx_decimal_*: exact arithmetic, text forms, rounding, and every misuse a C caller can make. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jixiao.h"

static jx_decimal *parse(const char *text) {
  jx_decimal *value = NULL;
  if (jx_decimal_parse(text, strlen(text), &value) != JX_OK) {
    fprintf(stderr, "cannot parse %s: %s\n", text, jx_last_error()->message);
    exit(2);
  }
  return value;
}

/* The text of `value`, checked against `expected`, then freed. */
static void expect_text(const char *expected, const jx_decimal *value) {
  char *text = NULL;
  CHECK_STATUS(JX_OK, jx_decimal_to_string(value, &text));
  CHECK_STR(expected, text);
  jx_free(text);
}

static void money_adds_up_exactly(void) {
  /* The 番禺 2023 budget: 基本支出 + 项目支出 + 财政专项资金 = 财政拨款. */
  jx_decimal *basic = parse("1,163.71");
  jx_decimal *project = parse("13,831.00");
  jx_decimal *special = parse("100.00");
  jx_decimal *appropriation = parse("15,094.71");
  jx_decimal *partial = NULL, *total = NULL;
  int order = 99;
  CHECK_STATUS(JX_OK, jx_decimal_add(basic, project, &partial));
  CHECK_STATUS(JX_OK, jx_decimal_add(partial, special, &total));
  CHECK_STATUS(JX_OK, jx_decimal_compare(total, appropriation, &order));
  CHECK(order == 0);
  expect_text("15094.71", total);
  jx_decimal_free(basic);
  jx_decimal_free(project);
  jx_decimal_free(special);
  jx_decimal_free(appropriation);
  jx_decimal_free(partial);
  jx_decimal_free(total);
}

static void point_one_plus_point_two_is_point_three(void) {
  jx_decimal *a = parse("0.1"), *b = parse("0.2"), *sum = NULL, *expected = parse("0.3");
  int order = 99;
  CHECK_STATUS(JX_OK, jx_decimal_add(a, b, &sum));
  CHECK_STATUS(JX_OK, jx_decimal_compare(sum, expected, &order));
  CHECK(order == 0);
  jx_decimal_free(a);
  jx_decimal_free(b);
  jx_decimal_free(sum);
  jx_decimal_free(expected);
}

static void division_and_rounding_say_how_they_round(void) {
  jx_decimal *done = parse("38"), *planned = parse("40"), *rate = NULL, *third = NULL, *one = NULL;
  jx_decimal *three = parse("3"), *tie = parse("2.345"), *rounded = NULL;
  char *text = NULL;
  CHECK_STATUS(JX_OK, jx_decimal_div(done, planned, 4, JX_ROUND_HALF_UP, &rate));
  expect_text("0.95", rate);
  CHECK_STATUS(JX_OK, jx_decimal_from_int64(1, &one));
  CHECK_STATUS(JX_OK, jx_decimal_div(one, three, 6, JX_ROUND_DOWN, &third));
  CHECK_STATUS(JX_OK, jx_decimal_to_fixed(third, 6, JX_ROUND_HALF_UP, &text));
  CHECK_STR("0.333333", text);
  jx_free(text);
  CHECK_STATUS(JX_OK, jx_decimal_round(tie, 2, JX_ROUND_HALF_UP, &rounded));
  expect_text("2.35", rounded);
  jx_decimal_free(rounded);
  rounded = NULL;
  CHECK_STATUS(JX_OK, jx_decimal_round(tie, 2, JX_ROUND_HALF_EVEN, &rounded));
  expect_text("2.34", rounded);
  jx_decimal_free(done);
  jx_decimal_free(planned);
  jx_decimal_free(rate);
  jx_decimal_free(third);
  jx_decimal_free(one);
  jx_decimal_free(three);
  jx_decimal_free(tie);
  jx_decimal_free(rounded);
}

static void fixed_scale_text_keeps_the_fen(void) {
  jx_decimal *total = parse("15094.71"), *negated = NULL;
  char *text = NULL;
  double approx = 0;
  CHECK_STATUS(JX_OK, jx_decimal_to_fixed(total, 6, JX_ROUND_HALF_UP, &text));
  CHECK_STR("15094.710000", text);
  jx_free(text);
  CHECK_STATUS(JX_OK, jx_decimal_negate(total, &negated));
  expect_text("-15094.71", negated);
  CHECK_STATUS(JX_OK, jx_decimal_to_double(total, &approx));
  CHECK(approx > 15094.70 && approx < 15094.72);
  jx_decimal_free(total);
  jx_decimal_free(negated);
}

static void errors_name_the_problem(void) {
  jx_decimal *value = NULL, *zero = parse("0"), *one = parse("1");
  const char bad_utf8[] = {'1', (char)0xC3, '2'};
  const char with_nul[] = {'1', '\0', '2'};
  CHECK_STATUS(JX_E_PARSE, jx_decimal_parse("12x4", 4, &value));
  CHECK(value == NULL);
  CHECK(jx_last_error()->code == JX_E_PARSE);
  CHECK(jx_last_error()->byte_offset == 2);
  CHECK(strlen(jx_last_error()->message_zh) > 0);
  CHECK(strlen(jx_last_error()->message_en) > 0);
  CHECK_STATUS(JX_E_INVALID_UTF8, jx_decimal_parse(bad_utf8, sizeof bad_utf8, &value));
  CHECK(jx_last_error()->byte_offset == 1);
  CHECK_STATUS(JX_E_PARSE, jx_decimal_parse(with_nul, sizeof with_nul, &value));
  CHECK_STATUS(JX_E_PARSE, jx_decimal_parse("", 0, &value));
  CHECK_STATUS(JX_E_PARSE, jx_decimal_parse(NULL, 0, &value));
  CHECK_STATUS(JX_E_OVERFLOW,
               jx_decimal_parse("1234567890123456789012345678901234567890", 40, &value));
  CHECK_STATUS(JX_E_DIVISION_BY_ZERO, jx_decimal_div(one, zero, 2, JX_ROUND_HALF_UP, &value));
  CHECK(value == NULL);
  jx_decimal_free(zero);
  jx_decimal_free(one);
}

static void misuse_is_an_error_not_a_crash(void) {
  jx_decimal *one = parse("1"), *out = NULL;
  char *text = NULL;
  int order = 0;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_parse("1", 1, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_parse(NULL, 5, &out));
  CHECK_STATUS(JX_E_LIMIT, jx_decimal_parse("1", JX_MAX_TEXT_BYTES + 1, &out));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_add(NULL, one, &out));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_add(one, one, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_to_string(one, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_to_string(NULL, &text));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_compare(one, NULL, &order));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_to_fixed(one, -1, JX_ROUND_HALF_UP, &text));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_to_fixed(one, 39, JX_ROUND_HALF_UP, &text));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_to_fixed(one, 2, 42, &text));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_round(one, 2, -1, &out));
  CHECK(out == NULL);
  CHECK(text == NULL);
  jx_decimal_free(NULL);
  jx_decimal_free(one);
}

static void subtraction_and_multiplication_are_exact(void) {
  /* 执行率 of 4420800.00 executed out of 4605000.00, and the unspent remainder. */
  jx_decimal *budget = parse("4605000.00"), *executed = parse("4420800.00");
  jx_decimal *remainder = NULL, *product = NULL,
             *big = parse("99999999999999999999999999999999999999");
  CHECK_STATUS(JX_OK, jx_decimal_sub(budget, executed, &remainder));
  expect_text("184200", remainder);
  CHECK_STATUS(JX_OK, jx_decimal_mul(remainder, remainder, &product));
  expect_text("33929640000", product);
  jx_decimal_free(product);
  product = NULL;
  CHECK_STATUS(JX_E_OVERFLOW, jx_decimal_mul(big, big, &product));
  CHECK(product == NULL);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_sub(budget, NULL, &remainder));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_decimal_mul(budget, executed, NULL));
  jx_decimal_free(budget);
  jx_decimal_free(executed);
  jx_decimal_free(remainder);
  jx_decimal_free(big);
}

int main(void) {
  money_adds_up_exactly();
  subtraction_and_multiplication_are_exact();
  point_one_plus_point_two_is_point_three();
  division_and_rounding_say_how_they_round();
  fixed_scale_text_keeps_the_fen();
  errors_name_the_problem();
  misuse_is_an_error_not_a_crash();
  return check_summary();
}
