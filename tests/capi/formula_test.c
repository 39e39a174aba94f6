/* Formulas through the C ABI: compile with options, list variables, evaluate exactly and in
   double mode by slot and by name, batches over columns with a status per row, errors with
   offsets, and misuse. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jixiao.h"

#define TEXT(literal) literal, strlen(literal)

static const char *seed = "编外人员及时到位率=及时到位数量/计划到位数量×100%";

static jx_formula *compile(const char *text, const jx_formula_options *options) {
  jx_formula *formula = NULL;
  if (jx_formula_compile(text, strlen(text), options, &formula) != JX_OK) {
    fprintf(stderr, "cannot compile %s: %s\n", text, jx_last_error()->message);
    exit(2);
  }
  return formula;
}

static jx_decimal *decimal(const char *text) {
  jx_decimal *value = NULL;
  if (jx_decimal_parse(text, strlen(text), &value) != JX_OK) exit(2);
  return value;
}

static void expect_decimal(const char *expected, jx_decimal *value) {
  char *text = NULL;
  CHECK(value != NULL);
  if (value == NULL) return;
  CHECK_STATUS(JX_OK, jx_decimal_to_string(value, &text));
  CHECK_STR(expected, text);
  jx_free(text);
  jx_decimal_free(value);
}

static void the_seed_formula_compiles_and_lists_its_variables(void) {
  jx_formula *formula = compile(seed, NULL);
  size_t count = 0, slot = 99;
  const char *text = NULL;
  int64_t value = -1;
  CHECK_STATUS(JX_OK, jx_formula_count(formula, JX_FORMULA_VARIABLES, &count));
  CHECK(count == 2);
  CHECK_STATUS(JX_OK, jx_formula_get_text(formula, JX_FORMULA_VARIABLE_NAME, 0, &text, NULL));
  CHECK_STR("及时到位数量", text);
  CHECK_STATUS(JX_OK, jx_formula_get_text(formula, JX_FORMULA_VARIABLE_NAME, 1, &text, NULL));
  CHECK_STR("计划到位数量", text);
  CHECK_STATUS(JX_OK, jx_formula_get_int(formula, JX_FORMULA_VARIABLE_CHAR_OFFSET, 1, &value));
  CHECK(value == 17);
  CHECK_STATUS(JX_OK, jx_formula_get_int(formula, JX_FORMULA_VARIABLE_BYTE_OFFSET, 0, &value));
  CHECK(value == 28);
  CHECK_STATUS(JX_OK, jx_formula_get_int(formula, JX_FORMULA_VARIABLE_OPTIONAL, 0, &value));
  CHECK(value == 0);
  CHECK_STATUS(JX_OK, jx_formula_slot(formula, TEXT("计划到位数量"), &slot));
  CHECK(slot == 1);
  CHECK_STATUS(JX_OK, jx_formula_slot(formula, TEXT("编外人员"), &slot));
  CHECK(slot == JX_NO_SLOT);
  CHECK_STATUS(JX_OK, jx_formula_get_text(formula, JX_FORMULA_DEFINED_NAME, 0, &text, NULL));
  CHECK_STR("编外人员及时到位率", text);
  CHECK_STATUS(JX_OK, jx_formula_get_text(formula, JX_FORMULA_TEXT, 0, &text, NULL));
  CHECK_STR(seed, text);
  CHECK_STATUS(JX_OK, jx_formula_get_int(formula, JX_FORMULA_IS_DEFINITION, 0, &value));
  CHECK(value == 1);
  CHECK_STATUS(JX_OK, jx_formula_get_int(formula, JX_FORMULA_RESULT_KIND, 0, &value));
  CHECK(value == JX_RESULT_PERCENT);
  CHECK_STATUS(JX_OK, jx_formula_get_text(formula, JX_FORMULA_RESULT_KIND, 0, &text, NULL));
  CHECK_STR("percent", text);
  CHECK_STATUS(JX_OK, jx_formula_get_text(formula, JX_FORMULA_DIVISION_SCALE, 0, &text, NULL));
  CHECK_STR("18", text);
  CHECK_STATUS(JX_OK, jx_formula_get_int(formula, JX_FORMULA_ROUNDING, 0, &value));
  CHECK(value == JX_ROUND_HALF_UP);
  CHECK_STATUS(JX_OK, jx_formula_count(formula, JX_FORMULA_ROOT, &count));
  CHECK(count == 1);

  CHECK_STATUS(JX_E_OUT_OF_RANGE,
               jx_formula_get_text(formula, JX_FORMULA_VARIABLE_NAME, 2, &text, NULL));
  CHECK_STATUS(JX_E_OUT_OF_RANGE, jx_formula_get_text(formula, JX_FORMULA_TEXT, 1, &text, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_formula_get_int(formula, JX_FORMULA_TEXT, 0, &value));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_formula_get_text(formula, 1699, 0, &text, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_formula_count(formula, JX_TARGET_ROOT, &count));
  CHECK_STR("defined_name", jx_field_name(JX_FORMULA_DEFINED_NAME));
  CHECK_STR("optional", jx_field_name(JX_FORMULA_VARIABLE_OPTIONAL));
  jx_formula_free(formula);
}

static void exact_evaluation_by_slot_and_by_name(void) {
  jx_formula *formula = compile(seed, NULL);
  jx_decimal *done = decimal("38"), *planned = decimal("40"), *result = NULL;
  const jx_decimal *slots[2];
  jx_decimal_binding decimal_bindings[3];
  jx_text texts[2];
  jx_text_binding text_bindings[2];
  char *text = NULL;

  slots[0] = done;
  slots[1] = planned;
  CHECK_STATUS(JX_OK, jx_formula_eval_decimal(formula, slots, 2, JX_MISSING_ERROR, &result));
  CHECK_STATUS(JX_OK, jx_formula_display_decimal(formula, result, &text));
  CHECK_STR("95%", text);
  jx_free(text);
  expect_decimal("0.95", result);

  /* By name: unknown names are ignored, the last binding of a name wins. */
  decimal_bindings[0].name = "计划到位数量";
  decimal_bindings[0].name_len = strlen(decimal_bindings[0].name);
  decimal_bindings[0].value = done;
  decimal_bindings[1].name = "及时到位数量";
  decimal_bindings[1].name_len = strlen(decimal_bindings[1].name);
  decimal_bindings[1].value = done;
  decimal_bindings[2] = decimal_bindings[0];
  decimal_bindings[2].value = planned;
  CHECK_STATUS(JX_OK, jx_formula_eval_decimal_named(formula, decimal_bindings, 3, JX_MISSING_ERROR,
                                                    &result));
  expect_decimal("0.95", result);

  texts[0].ptr = "1,163.71";
  texts[0].len = strlen(texts[0].ptr);
  texts[1].ptr = "１５０９４.７１";
  texts[1].len = strlen(texts[1].ptr);
  CHECK_STATUS(JX_OK, jx_formula_eval_text(formula, texts, 2, JX_MISSING_ERROR, &text));
  CHECK(text != NULL && strncmp(text, "0.07709", 7) == 0);
  jx_free(text);

  text_bindings[0].name = "计划到位数量";
  text_bindings[0].name_len = strlen(text_bindings[0].name);
  text_bindings[0].value = "40";
  text_bindings[0].value_len = 2;
  text_bindings[1].name = "及时到位数量";
  text_bindings[1].name_len = strlen(text_bindings[1].name);
  text_bindings[1].value = "40";
  text_bindings[1].value_len = 2;
  CHECK_STATUS(JX_OK,
               jx_formula_eval_text_named(formula, text_bindings, 2, JX_MISSING_ERROR, &text));
  CHECK_STR("1", text);
  jx_free(text);

  /* A bad value text names its variable; the offset is into that value. */
  texts[1].ptr = "4O";
  texts[1].len = 2;
  text = (char *)1;
  CHECK_STATUS(JX_E_PARSE, jx_formula_eval_text(formula, texts, 2, JX_MISSING_ERROR, &text));
  CHECK(strstr(jx_last_error()->message_en, "计划到位数量") != NULL);
  CHECK(jx_last_error()->byte_offset == 1);
  CHECK(text == (char *)1);

  jx_decimal_free(done);
  jx_decimal_free(planned);
  jx_formula_free(formula);
}

static void missing_values_follow_the_strategy(void) {
  jx_formula *formula = compile(seed, NULL);
  jx_decimal *planned = decimal("40"), *result = (jx_decimal *)1;
  const jx_decimal *slots[2];
  jx_text texts[2];
  char *text = (char *)1;
  double values[2], out = 0;

  slots[0] = NULL;
  slots[1] = planned;
  CHECK_STATUS(JX_E_MISSING_VALUE,
               jx_formula_eval_decimal(formula, slots, 2, JX_MISSING_ERROR, &result));
  CHECK(strstr(jx_last_error()->message_zh, "及时到位数量") != NULL);
  CHECK(result == (jx_decimal *)1);
  CHECK_STATUS(JX_OK, jx_formula_eval_decimal(formula, slots, 2, JX_MISSING_SKIP_IF_ANY, &result));
  CHECK(result == NULL);
  CHECK_STATUS(JX_OK, jx_formula_eval_decimal(formula, slots, 2, JX_MISSING_NEVER_SKIP, &result));
  expect_decimal("0", result);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_formula_eval_decimal(formula, slots, 2, 9, &result));

  texts[0].ptr = NULL;
  texts[0].len = 0;
  texts[1].ptr = "40";
  texts[1].len = 2;
  CHECK_STATUS(JX_OK, jx_formula_eval_text(formula, texts, 2, JX_MISSING_SKIP_IF_ANY, &text));
  CHECK(text == NULL);

  values[0] = NAN;
  values[1] = 40;
  CHECK_STATUS(JX_OK, jx_formula_eval_double(formula, values, 2, JX_MISSING_SKIP_IF_ANY, &out));
  CHECK(isnan(out));
  CHECK_STATUS(JX_E_MISSING_VALUE,
               jx_formula_eval_double(formula, values, 2, JX_MISSING_ERROR, &out));
  /* The wrong number of values is an argument error, not a crash. */
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_formula_eval_double(formula, values, 1, JX_MISSING_ERROR, &out));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_formula_eval_decimal(formula, NULL, 2, JX_MISSING_ERROR, &result));
  jx_decimal_free(planned);
  jx_formula_free(formula);
}

static void double_mode_and_failures_with_offsets(void) {
  jx_formula *formula = compile("a ÷ b", NULL);
  double values[2] = {1, 0}, out = 0;
  jx_double_binding bindings[2];
  char *text = NULL;
  CHECK_STATUS(JX_E_DIVISION_BY_ZERO,
               jx_formula_eval_double(formula, values, 2, JX_MISSING_ERROR, &out));
  CHECK(jx_last_error()->char_offset == 2);
  CHECK(jx_last_error()->byte_offset == 2);
  CHECK(strstr(jx_last_error()->message_zh, "÷") != NULL);
  bindings[0].name = "a";
  bindings[0].name_len = 1;
  bindings[0].value = 3;
  bindings[1].name = "b";
  bindings[1].name_len = 1;
  bindings[1].value = 4;
  CHECK_STATUS(JX_OK, jx_formula_eval_double_named(formula, bindings, 2, JX_MISSING_ERROR, &out));
  CHECK(out == 0.75);
  CHECK_STATUS(JX_OK, jx_formula_display_double(formula, out, &text));
  CHECK_STR("0.75", text);
  jx_free(text);
  values[1] = INFINITY;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_formula_eval_double(formula, values, 2, JX_MISSING_ERROR, &out));
  jx_formula_free(formula);
}

static void options_and_compile_errors(void) {
  jx_formula_options options = JX_FORMULA_OPTIONS_INIT;
  jx_formula *formula = NULL;
  jx_decimal *one = decimal("1"), *three = decimal("3"), *result = NULL;
  const jx_decimal *slots[2];
  const char invalid[] = {'a', '+', (char)0xE4, (char)0xB8};
  int64_t kind = -1;
  char *text = NULL;

  options.division_scale = 2;
  options.rounding = JX_ROUND_DOWN;
  formula = compile("x / y", &options);
  slots[0] = three;
  slots[1] = three;
  slots[0] = one;
  CHECK_STATUS(JX_OK, jx_formula_eval_decimal(formula, slots, 2, JX_MISSING_ERROR, &result));
  expect_decimal("0.33", result);
  jx_formula_free(formula);

  options = (jx_formula_options)JX_FORMULA_OPTIONS_INIT;
  options.role = JX_FORMULA_RULE;
  formula = compile("基本支出 + 项目支出 = 财政拨款", &options);
  CHECK_STATUS(JX_OK, jx_formula_get_int(formula, JX_FORMULA_RESULT_KIND, 0, &kind));
  CHECK(kind == JX_RESULT_BOOLEAN);
  CHECK_STATUS(JX_OK, jx_formula_display_decimal(formula, one, &text));
  CHECK_STR("成立", text);
  jx_free(text);
  jx_formula_free(formula);
  formula = NULL;

  CHECK_STATUS(JX_E_PARSE, jx_formula_compile(TEXT("(a+b"), NULL, &formula));
  CHECK(jx_last_error()->char_offset == 4);
  CHECK_STATUS(JX_E_INVALID_UTF8, jx_formula_compile(invalid, sizeof invalid, NULL, &formula));
  CHECK(jx_last_error()->byte_offset == 2);
  CHECK_STATUS(JX_E_PARSE, jx_formula_compile(NULL, 0, NULL, &formula));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_formula_compile(NULL, 1, NULL, &formula));
  CHECK_STATUS(JX_E_LIMIT, jx_formula_compile("a", JX_MAX_TEXT_BYTES + 1, NULL, &formula));
  options = (jx_formula_options)JX_FORMULA_OPTIONS_INIT;
  options.max_length = 3;
  CHECK_STATUS(JX_E_LIMIT, jx_formula_compile(TEXT("a + b"), &options, &formula));
  options.max_length = 65536;
  options.version = 0;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_formula_compile(TEXT("a"), &options, &formula));
  options.version = JX_FORMULA_OPTIONS_VERSION;
  options.role = 7;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_formula_compile(TEXT("a"), &options, &formula));
  options.role = JX_FORMULA_AUTOMATIC;
  options.division_scale = 39;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_formula_compile(TEXT("a"), &options, &formula));
  options.division_scale = 18;
  options.rounding = 99;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_formula_compile(TEXT("a"), &options, &formula));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_formula_compile(TEXT("a"), NULL, NULL));
  CHECK(formula == NULL);

  jx_decimal_free(one);
  jx_decimal_free(three);
}

static void double_batches_report_a_status_per_row(void) {
  jx_formula *formula = compile(seed, NULL);
  double done[5] = {38, 1, 5, NAN, 7}, planned[5] = {40, 0, 10, 10, 7};
  uint8_t planned_present[5] = {1, 1, 1, 1, 0};
  const double *columns[2];
  const uint8_t *present[2];
  double results[5];
  uint8_t statuses[5];
  jx_batch_summary summary = JX_BATCH_SUMMARY_INIT;

  columns[0] = done;
  columns[1] = planned;
  present[0] = NULL;
  present[1] = planned_present;
  CHECK_STATUS(JX_OK,
               jx_formula_eval_batch_double(formula, columns, present, 2, 5, JX_MISSING_SKIP_IF_ANY,
                                            results, statuses, &summary));
  CHECK(statuses[0] == JX_EVAL_OK && fabs(results[0] - 0.95) < 1e-12);
  CHECK(statuses[1] == JX_EVAL_DIVISION_BY_ZERO && isnan(results[1]));
  CHECK(statuses[2] == JX_EVAL_OK && results[2] == 0.5);
  CHECK(statuses[3] == JX_EVAL_NO_VALUE && isnan(results[3]));
  CHECK(statuses[4] == JX_EVAL_NO_VALUE);
  CHECK(summary.ok == 2 && summary.no_value == 2 && summary.failed == 1);
  CHECK_STR("division_by_zero", jx_eval_status_name(statuses[1]));
  CHECK_STR("unknown", jx_eval_status_name(99));

  /* No presence flags at all; the error strategy makes missing values failures. */
  CHECK_STATUS(JX_OK, jx_formula_eval_batch_double(formula, columns, NULL, 2, 5, JX_MISSING_ERROR,
                                                   results, statuses, NULL));
  CHECK(statuses[3] == JX_EVAL_MISSING_VALUE);
  CHECK(statuses[4] == JX_EVAL_OK && results[4] == 1);

  /* Whole-call argument errors. */
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_formula_eval_batch_double(formula, columns, NULL, 1, 5, JX_MISSING_ERROR, results,
                                            statuses, NULL));
  CHECK_STATUS(JX_OK, jx_formula_eval_batch_double(formula, columns, NULL, 2, 0, JX_MISSING_ERROR,
                                                   NULL, NULL, &summary));
  CHECK(summary.ok == 0 && summary.failed == 0);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_formula_eval_batch_double(formula, columns, NULL, 1, 0, JX_MISSING_ERROR, NULL,
                                            NULL, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_formula_eval_batch_double(formula, columns, NULL, 2, 5, JX_MISSING_ERROR, NULL,
                                            statuses, NULL));
  columns[1] = NULL;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_formula_eval_batch_double(formula, columns, NULL, 2, 5, JX_MISSING_ERROR, results,
                                            statuses, NULL));
  columns[1] = planned;
  summary.version = 0;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_formula_eval_batch_double(formula, columns, NULL, 2, 5, JX_MISSING_ERROR, results,
                                            statuses, &summary));
  jx_formula_free(formula);
}

/* More rows than one internal block: rows on both sides of every block edge are right. */
static void large_batches_cross_block_edges(void) {
  enum { rows = 10001 };
  jx_formula *formula = compile("a * 2 / b", NULL);
  double *a = malloc(rows * sizeof(double)), *b = malloc(rows * sizeof(double));
  double *results = malloc(rows * sizeof(double));
  uint8_t *statuses = malloc(rows);
  const double *columns[2];
  jx_batch_summary summary = JX_BATCH_SUMMARY_INIT;
  size_t row, wrong = 0;
  for (row = 0; row < rows; ++row) {
    a[row] = (double)row;
    b[row] = row % 1000 == 999 ? 0 : 2;
  }
  columns[0] = a;
  columns[1] = b;
  CHECK_STATUS(JX_OK, jx_formula_eval_batch_double(formula, columns, NULL, 2, rows,
                                                   JX_MISSING_ERROR, results, statuses, &summary));
  for (row = 0; row < rows; ++row) {
    if (row % 1000 == 999) {
      wrong += statuses[row] != JX_EVAL_DIVISION_BY_ZERO;
    } else {
      wrong += statuses[row] != JX_EVAL_OK || results[row] != (double)row;
    }
  }
  CHECK(wrong == 0);
  CHECK(summary.ok == rows - 10 && summary.failed == 10);
  free(a);
  free(b);
  free(results);
  free(statuses);
  jx_formula_free(formula);
}

static void text_batches_are_exact(void) {
  jx_formula *formula = compile(seed, NULL);
  jx_text done[4], planned[4];
  const jx_text *columns[2];
  const char *results[4];
  uint8_t statuses[4];
  char *buffer = NULL;
  jx_batch_summary summary = JX_BATCH_SUMMARY_INIT;
  const char *done_texts[4] = {"38", "0.1", "abc", NULL};
  const char *planned_texts[4] = {"40", "0.3", "1", "2"};
  int row;
  for (row = 0; row < 4; ++row) {
    done[row].ptr = done_texts[row];
    done[row].len = done_texts[row] != NULL ? strlen(done_texts[row]) : 0;
    planned[row].ptr = planned_texts[row];
    planned[row].len = strlen(planned_texts[row]);
  }
  columns[0] = done;
  columns[1] = planned;
  CHECK_STATUS(JX_OK, jx_formula_eval_batch_text(formula, columns, 2, 4, JX_MISSING_SKIP_IF_ANY,
                                                 results, statuses, &buffer, &summary));
  CHECK(statuses[0] == JX_EVAL_OK);
  CHECK_STR("0.95", results[0]);
  CHECK(statuses[1] == JX_EVAL_OK);
  CHECK_STR("0.333333333333333333", results[1]);
  CHECK(statuses[2] == JX_EVAL_INVALID_INPUT && results[2] == NULL);
  CHECK(statuses[3] == JX_EVAL_NO_VALUE && results[3] == NULL);
  CHECK(summary.ok == 2 && summary.no_value == 1 && summary.failed == 1);
  jx_free(buffer);
  buffer = NULL;

  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_formula_eval_batch_text(formula, columns, 2, 4, JX_MISSING_ERROR, results,
                                          statuses, NULL, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_formula_eval_batch_text(formula, columns, 3, 4, JX_MISSING_ERROR, results,
                                          statuses, &buffer, NULL));
  CHECK(buffer == NULL);
  CHECK_STATUS(JX_OK, jx_formula_eval_batch_text(formula, columns, 2, 0, JX_MISSING_ERROR, NULL,
                                                 NULL, &buffer, NULL));
  jx_free(buffer);
  jx_formula_free(formula);
}

/* Registered functions: a local curve as C callbacks. */
static double double_it(const double *arguments, size_t count, const void *user_data) {
  (void)user_data;
  return count == 1 ? 2 * arguments[0] : NAN;
}

static int double_it_exactly(const jx_decimal *const *arguments, size_t count,
                             const void *user_data, jx_decimal **out) {
  (void)user_data;
  if (count != 1) return JX_E_INVALID_ARGUMENT;
  return jx_decimal_add(arguments[0], arguments[0], out);
}

static double always_nan(const double *arguments, size_t count, const void *user_data) {
  (void)arguments;
  (void)count;
  (void)user_data;
  return NAN;
}

static int refuse_to_divide(const jx_decimal *const *arguments, size_t count, const void *user_data,
                            jx_decimal **out) {
  (void)arguments;
  (void)count;
  (void)user_data;
  (void)out;
  return JX_E_DIVISION_BY_ZERO;
}

static void registered_functions_are_called(void) {
  jx_function_table *table = NULL;
  jx_formula_options options = JX_FORMULA_OPTIONS_INIT;
  jx_formula *formula = NULL, *failing = NULL;
  double value = 3, out = 0;
  jx_text text_value;
  char *text = NULL;
  const char invalid_name[] = {'f', (char)0xFF};

  CHECK_STATUS(JX_OK, jx_function_table_new(&table));
  CHECK_STATUS(JX_OK, jx_function_table_add(table, TEXT("double_it"), 1, 1, double_it,
                                            double_it_exactly, NULL, 1));
  CHECK_STATUS(JX_OK, jx_function_table_add(table, TEXT("broken"), 1, 1, always_nan,
                                            refuse_to_divide, NULL, 0));
  /* Refused additions leave the table as it was. */
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_function_table_add(table, TEXT("max"), 1, 1, double_it, NULL, NULL, 1));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_function_table_add(table, TEXT("DOUBLE_IT"), 1, 1, double_it, NULL, NULL, 1));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_function_table_add(table, TEXT("f"), 1, 1, NULL, NULL, NULL, 1));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_function_table_add(table, TEXT("f"), 2, 1, double_it, NULL, NULL, 1));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_function_table_add(table, TEXT("f"), 1, 65, double_it, NULL, NULL, 1));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_function_table_add(table, TEXT("f"), 1, 1, double_it, NULL, NULL, 2));
  CHECK_STATUS(JX_E_INVALID_UTF8,
               jx_function_table_add(table, invalid_name, 2, 1, 1, double_it, NULL, NULL, 1));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_function_table_add(NULL, TEXT("f"), 1, 1, double_it, NULL, NULL, 1));

  /* Without the table the name is unknown. */
  CHECK_STATUS(JX_E_PARSE, jx_formula_compile(TEXT("double_it(a) + 1"), NULL, &formula));
  options.functions = table;
  CHECK_STATUS(JX_OK, jx_formula_compile(TEXT("double_it(a) + 1"), &options, &formula));
  CHECK_STATUS(JX_OK, jx_formula_compile(TEXT("broken(a)"), &options, &failing));
  /* The formulas keep what they need: the table may go. */
  jx_function_table_free(table);

  CHECK_STATUS(JX_OK, jx_formula_eval_double(formula, &value, 1, JX_MISSING_ERROR, &out));
  CHECK(out == 7);
  text_value.ptr = "0.1";
  text_value.len = 3;
  CHECK_STATUS(JX_OK, jx_formula_eval_text(formula, &text_value, 1, JX_MISSING_ERROR, &text));
  CHECK_STR("1.2", text);
  jx_free(text);
  CHECK_STATUS(JX_E_FORMULA, jx_formula_eval_double(failing, &value, 1, JX_MISSING_ERROR, &out));
  CHECK(strstr(jx_last_error()->message_en, "broken") != NULL);
  CHECK_STATUS(JX_E_DIVISION_BY_ZERO,
               jx_formula_eval_text(failing, &text_value, 1, JX_MISSING_ERROR, &text));
  CHECK(strstr(jx_last_error()->message_en, "broken") != NULL);

  options.functions = (const jx_function_table *)(const void *)formula;
  CHECK_STATUS(JX_E_WRONG_HANDLE, jx_formula_compile(TEXT("a"), &options, &failing));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_function_table_new(NULL));
  jx_function_table_free(NULL);
  jx_formula_free(formula);
  jx_formula_free(failing);
}

static void misuse_of_formula_handles(void) {
  jx_decimal *number = decimal("1");
  double out = 0;
  size_t count = 0;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_formula_eval_double(NULL, NULL, 0, JX_MISSING_ERROR, &out));
  CHECK_STATUS(JX_E_WRONG_HANDLE,
               jx_formula_count((const jx_formula *)(const void *)number, JX_FORMULA_ROOT, &count));
  jx_formula_free((jx_formula *)(void *)number); /* wrong kind: ignored */
  jx_formula_free(NULL);
  jx_decimal_free(number);
}

int main(void) {
  the_seed_formula_compiles_and_lists_its_variables();
  exact_evaluation_by_slot_and_by_name();
  missing_values_follow_the_strategy();
  double_mode_and_failures_with_offsets();
  options_and_compile_errors();
  double_batches_report_a_status_per_row();
  large_batches_cross_block_edges();
  text_batches_are_exact();
  registered_functions_are_called();
  misuse_of_formula_handles();
  return check_summary();
}
