/* Documents through the C ABI: the 番禺 example read, walked and written back byte for byte; a
   declaration, a self-evaluation and a monitoring report built field by field without JSON; and
   every misuse a caller can make of the field accessors. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixtures.h"
#include "jixiao.h"

#define TEXT(literal) literal, strlen(literal)

static jx_declaration *load_panyu(char **json_out, size_t *size_out) {
  size_t size = 0;
  char *json = read_source_file("examples/panyu-2023/declaration.json", &size);
  jx_declaration *declaration = NULL;
  if (jx_declaration_load_json(json, size, NULL, &declaration) != JX_OK) {
    fprintf(stderr, "cannot load the 番禺 example: %s\n", jx_last_error()->message);
    exit(2);
  }
  if (json_out != NULL) {
    *json_out = json;
    *size_out = size;
  } else {
    free(json);
  }
  return declaration;
}

/* Expects field `field` of `row` to read as `expected` (NULL: absent). */
static void expect_field(const jx_declaration *declaration, int field, size_t row,
                         const char *expected) {
  const char *text = (const char *)1;
  size_t len = 99;
  CHECK_STATUS(JX_OK, jx_declaration_get_text(declaration, field, row, &text, &len));
  if (expected == NULL) {
    CHECK(text == NULL);
    CHECK(len == 0);
  } else {
    CHECK_STR(expected, text);
    CHECK(text != NULL && len == strlen(expected));
  }
}

static void expect_decimal(const char *expected, const jx_decimal *value) {
  char *text = NULL;
  CHECK(value != NULL);
  if (value == NULL) return;
  CHECK_STATUS(JX_OK, jx_decimal_to_string(value, &text));
  CHECK_STR(expected, text);
  jx_free(text);
}

static void the_panyu_example_reads_field_by_field(void) {
  jx_declaration *declaration = load_panyu(NULL, NULL);
  int64_t year = 0, core = -1;
  size_t count = 0;
  jx_decimal *funding = NULL;

  expect_field(declaration, JX_DECLARATION_KIND, 0, "department");
  expect_field(declaration, JX_DECLARATION_DEPARTMENT_NAME, 0, "番禺区政务服务数据管理局");
  expect_field(declaration, JX_DECLARATION_DEPARTMENT_CODE, 0, NULL);
  expect_field(declaration, JX_DECLARATION_PROJECT_NAME, 0, NULL);
  expect_field(declaration, JX_DECLARATION_BUDGET_UNIT, 0, "万元");
  expect_field(declaration, JX_DECLARATION_TAXONOMY, 0, "2015");
  expect_field(declaration, JX_DECLARATION_FISCAL_YEAR, 0, "2023");
  CHECK_STATUS(JX_OK, jx_declaration_get_int(declaration, JX_DECLARATION_FISCAL_YEAR, 0, &year));
  CHECK(year == 2023);

  CHECK_STATUS(JX_OK, jx_declaration_count(declaration, JX_DECLARATION_ROOT, &count));
  CHECK(count == 1);
  CHECK_STATUS(JX_OK, jx_declaration_count(declaration, JX_KEY_TASKS, &count));
  CHECK(count == 2);
  CHECK_STATUS(JX_OK, jx_declaration_count(declaration, JX_INDICATORS, &count));
  CHECK(count == 52);

  /* "2,999.10" on the form: the text keeps its written scale, the decimal's shortest form not. */
  CHECK_STATUS(JX_OK,
               jx_declaration_get_decimal(declaration, JX_KEY_TASK_PLANNED_FUNDING, 1, &funding));
  expect_decimal("2999.1", funding);
  expect_field(declaration, JX_KEY_TASK_PLANNED_FUNDING, 1, "2999.10");
  jx_decimal_free(funding);

  expect_field(declaration, JX_INDICATOR_LEVEL1, 0, "产出指标");
  expect_field(declaration, JX_INDICATOR_NAME, 0, "租赁场地面积。");
  expect_field(declaration, JX_INDICATOR_ANNUAL_TARGET, 0, "标准：完成年度计划数。");
  expect_field(declaration, JX_INDICATOR_WEIGHT, 0, NULL);
  expect_field(declaration, JX_INDICATOR_VALUE_SOURCE, 0, NULL);
  expect_field(declaration, JX_INDICATOR_CORE, 0, "false");
  CHECK_STATUS(JX_OK, jx_declaration_get_int(declaration, JX_INDICATOR_CORE, 0, &core));
  CHECK(core == 0);
  funding = (jx_decimal *)1;
  CHECK_STATUS(JX_OK, jx_declaration_get_decimal(declaration, JX_INDICATOR_WEIGHT, 0, &funding));
  CHECK(funding == NULL);
  jx_declaration_free(declaration);
}

static void the_budget_tree_walks_with_paths(void) {
  jx_declaration *declaration = load_panyu(NULL, NULL);
  size_t count = 0, path[4] = {2, 0, 0, 0}, depth = 0;
  const char *text = NULL;
  size_t len = 0;
  jx_decimal *amount = (jx_decimal *)1;
  int section = -1;

  CHECK_STATUS(JX_OK,
               jx_declaration_budget_count(declaration, JX_BUDGET_EXPENDITURE, NULL, 0, &count));
  CHECK(count == 3);
  CHECK_STATUS(JX_OK,
               jx_declaration_budget_count(declaration, JX_BUDGET_EXPENDITURE, path, 1, &count));
  CHECK(count == 2);
  /* 事业发展性支出 is a heading: no amount of its own, the sum of its children as effective. */
  CHECK_STATUS(JX_OK, jx_declaration_budget_get_text(declaration, JX_BUDGET_EXPENDITURE, path, 1,
                                                     JX_BUDGET_LINE_NAME, &text, &len));
  CHECK_STR("事业发展性支出", text);
  CHECK_STATUS(JX_OK, jx_declaration_budget_get_decimal(declaration, JX_BUDGET_EXPENDITURE, path, 1,
                                                        JX_BUDGET_LINE_AMOUNT, &amount));
  CHECK(amount == NULL);
  CHECK_STATUS(JX_OK, jx_declaration_budget_get_decimal(declaration, JX_BUDGET_EXPENDITURE, path, 1,
                                                        JX_BUDGET_LINE_EFFECTIVE_AMOUNT, &amount));
  expect_decimal("100", amount);
  jx_decimal_free(amount);
  CHECK_STATUS(JX_OK, jx_declaration_budget_get_text(declaration, JX_BUDGET_EXPENDITURE, path, 2,
                                                     JX_BUDGET_LINE_NAME, &text, &len));
  CHECK_STR("财政专项资金", text);
  CHECK_STATUS(JX_OK, jx_declaration_budget_get_text(declaration, JX_BUDGET_EXPENDITURE, path, 2,
                                                     JX_BUDGET_LINE_AMOUNT, &text, &len));
  CHECK_STR("100.00", text);

  CHECK_STATUS(JX_OK, jx_declaration_budget_total(declaration, JX_BUDGET_EXPENDITURE, &amount));
  expect_decimal("15094.71", amount);
  jx_decimal_free(amount);
  CHECK_STATUS(JX_OK, jx_declaration_budget_total(declaration, JX_BUDGET_INCOME, &amount));
  expect_decimal("15094.71", amount);
  jx_decimal_free(amount);

  path[0] = path[1] = 9;
  CHECK_STATUS(JX_OK, jx_declaration_budget_find(declaration, TEXT("其他事业发展性支出"), &section,
                                                 path, 4, &depth));
  CHECK(section == JX_BUDGET_EXPENDITURE && depth == 2 && path[0] == 2 && path[1] == 1);
  CHECK_STATUS(
      JX_OK, jx_declaration_budget_find(declaration, TEXT("其他资金"), &section, path, 4, &depth));
  CHECK(section == JX_BUDGET_INCOME && depth == 1 && path[0] == 1);
  CHECK_STATUS(JX_OK, jx_declaration_budget_find(declaration, TEXT("没有这一行"), &section, path, 4,
                                                 &depth));
  CHECK(depth == 0);
  CHECK_STATUS(JX_E_LIMIT, jx_declaration_budget_find(declaration, TEXT("财政专项资金"), &section,
                                                      path, 1, &depth));
  CHECK(depth == 2);

  /* Misuse: an index past the end names the level in the JSON Pointer; an unknown section. */
  path[0] = 2;
  path[1] = 5;
  CHECK_STATUS(JX_E_OUT_OF_RANGE,
               jx_declaration_budget_get_text(declaration, JX_BUDGET_EXPENDITURE, path, 2,
                                              JX_BUDGET_LINE_NAME, &text, &len));
  CHECK(strstr(jx_last_error()->message_en, "/budget/expenditure/2") != NULL);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_budget_count(declaration, 7, NULL, 0, &count));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_budget_count(declaration, JX_BUDGET_INCOME, NULL, 1, &count));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_budget_get_text(declaration, JX_BUDGET_INCOME, path, 0,
                                              JX_BUDGET_LINE_NAME, &text, &len));
  path[0] = 0;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_budget_get_text(declaration, JX_BUDGET_INCOME, path, 1,
                                              JX_INDICATOR_NAME, &text, &len));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_budget_count(declaration, JX_BUDGET_INCOME, path,
                                           JX_MAX_BUDGET_DEPTH + 1, &count));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_budget_set_text(declaration, JX_BUDGET_INCOME, path, 1,
                                              JX_BUDGET_LINE_EFFECTIVE_AMOUNT, TEXT("1")));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_budget_clear(declaration, JX_BUDGET_INCOME,
                                                                  path, 1, JX_BUDGET_LINE_NAME));
  jx_declaration_free(declaration);
}

static void the_example_writes_back_byte_for_byte(void) {
  char *original = NULL, *written = NULL, *copy_json = NULL;
  size_t size = 0;
  jx_declaration *declaration = load_panyu(&original, &size);
  jx_declaration *copy = NULL;
  CHECK_STATUS(JX_OK, jx_declaration_to_json(declaration, &written));
  CHECK(written != NULL && strlen(written) == size && memcmp(written, original, size) == 0);
  CHECK_STATUS(JX_OK, jx_declaration_clone(declaration, &copy));
  /* The clone is independent: changing it leaves the original as it was. */
  CHECK_STATUS(
      JX_OK, jx_declaration_set_text(copy, JX_DECLARATION_DEPARTMENT_NAME, 0, TEXT("另一个部门")));
  expect_field(declaration, JX_DECLARATION_DEPARTMENT_NAME, 0, "番禺区政务服务数据管理局");
  CHECK_STATUS(JX_OK, jx_declaration_to_json(copy, &copy_json));
  CHECK(strstr(copy_json, "\"name\": \"另一个部门\"") != NULL);
  jx_free(copy_json);
  jx_free(written);
  free(original);
  jx_declaration_free(copy);
  jx_declaration_free(declaration);
}

/* An ERP fills a project declaration row by row, then reads it back from its own JSON. */
static void a_declaration_is_built_row_by_row(void) {
  jx_declaration *declaration = NULL, *reread = NULL;
  jx_decimal *weight = NULL, *read_weight = NULL;
  size_t task = 99, indicator = 99, line = 99, child = 99, count = 0;
  size_t path[2] = {0, 0};
  char *json = NULL;
  int64_t year = 0, core = 0;

  CHECK_STATUS(JX_OK, jx_declaration_new(&declaration));
  expect_field(declaration, JX_DECLARATION_KIND, 0, "department");
  CHECK_STATUS(JX_OK,
               jx_declaration_set_text(declaration, JX_DECLARATION_KIND, 0, TEXT("项目支出")));
  expect_field(declaration, JX_DECLARATION_KIND, 0, "project");
  CHECK_STATUS(JX_OK, jx_declaration_set_int(declaration, JX_DECLARATION_FISCAL_YEAR, 0, 2024));
  CHECK_STATUS(JX_OK, jx_declaration_set_text(declaration, JX_DECLARATION_DEPARTMENT_NAME, 0,
                                              TEXT("示例区教育局")));
  CHECK_STATUS(JX_OK, jx_declaration_set_text(declaration, JX_DECLARATION_PROJECT_CODE, 0,
                                              TEXT("44011324000000000001")));
  expect_field(declaration, JX_DECLARATION_PROJECT_NAME, 0, "");
  CHECK_STATUS(JX_OK, jx_declaration_set_text(declaration, JX_DECLARATION_PROJECT_NAME, 0,
                                              TEXT("示例校舍维修项目")));
  CHECK_STATUS(JX_OK,
               jx_declaration_set_text(declaration, JX_DECLARATION_BUDGET_UNIT, 0, TEXT("yuan")));
  expect_field(declaration, JX_DECLARATION_BUDGET_UNIT, 0, "元");
  CHECK_STATUS(JX_OK, jx_declaration_set_text(declaration, JX_DECLARATION_GOAL_ANNUAL, 0,
                                              TEXT("完成 12 所学校校舍维修")));

  CHECK_STATUS(JX_OK, jx_declaration_add_row(declaration, JX_KEY_TASKS, &task));
  CHECK(task == 0);
  CHECK_STATUS(JX_OK,
               jx_declaration_set_text(declaration, JX_KEY_TASK_NAME, task, TEXT("校舍维修")));
  CHECK_STATUS(JX_OK, jx_declaration_set_text(declaration, JX_KEY_TASK_PLANNED_FUNDING, task,
                                              TEXT("4,805,000.00")));
  expect_field(declaration, JX_KEY_TASK_PLANNED_FUNDING, task, "4805000.00");

  CHECK_STATUS(JX_OK, jx_declaration_add_row(declaration, JX_INDICATORS, &indicator));
  CHECK_STATUS(JX_OK, jx_declaration_set_text(declaration, JX_INDICATOR_LEVEL1, indicator,
                                              TEXT("产出指标")));
  CHECK_STATUS(JX_OK, jx_declaration_set_text(declaration, JX_INDICATOR_LEVEL2, indicator,
                                              TEXT("数量指标")));
  CHECK_STATUS(JX_OK, jx_declaration_set_text(declaration, JX_INDICATOR_NAME, indicator,
                                              TEXT("维修学校数")));
  CHECK_STATUS(JX_OK, jx_declaration_set_text(declaration, JX_INDICATOR_ANNUAL_TARGET, indicator,
                                              TEXT("≥12所")));
  CHECK_STATUS(JX_OK, jx_declaration_set_text(declaration, JX_INDICATOR_VALUE_SOURCE, indicator,
                                              TEXT("计划标准")));
  expect_field(declaration, JX_INDICATOR_VALUE_SOURCE, indicator, "plan");
  CHECK_STATUS(JX_OK, jx_declaration_set_int(declaration, JX_INDICATOR_CORE, indicator, 1));
  CHECK_STATUS(JX_OK, jx_decimal_parse(TEXT("20.5"), &weight));
  CHECK_STATUS(JX_OK,
               jx_declaration_set_decimal(declaration, JX_INDICATOR_WEIGHT, indicator, weight));
  /* A second indicator inserted before the first, then removed again. */
  CHECK_STATUS(JX_OK, jx_declaration_insert_row(declaration, JX_INDICATORS, 0));
  CHECK_STATUS(JX_OK, jx_declaration_count(declaration, JX_INDICATORS, &count));
  CHECK(count == 2);
  expect_field(declaration, JX_INDICATOR_NAME, 0, "");
  expect_field(declaration, JX_INDICATOR_NAME, 1, "维修学校数");
  CHECK_STATUS(JX_OK, jx_declaration_remove_row(declaration, JX_INDICATORS, 0));
  CHECK_STATUS(JX_OK, jx_declaration_count(declaration, JX_INDICATORS, &count));
  CHECK(count == 1);

  CHECK_STATUS(JX_OK, jx_declaration_budget_add(declaration, JX_BUDGET_EXPENDITURE, NULL, 0,
                                                TEXT("项目支出"), &line));
  path[0] = line;
  CHECK_STATUS(JX_OK, jx_declaration_budget_add(declaration, JX_BUDGET_EXPENDITURE, path, 1,
                                                TEXT("维修工程"), &child));
  path[1] = child;
  CHECK_STATUS(JX_OK, jx_declaration_budget_set_text(declaration, JX_BUDGET_EXPENDITURE, path, 2,
                                                     JX_BUDGET_LINE_AMOUNT, TEXT("4805000.00")));
  CHECK_STATUS(JX_OK, jx_declaration_budget_insert(declaration, JX_BUDGET_EXPENDITURE, path, 2,
                                                   TEXT("设计费")));
  CHECK_STATUS(JX_OK, jx_declaration_budget_set_decimal(declaration, JX_BUDGET_EXPENDITURE, path, 2,
                                                        JX_BUDGET_LINE_AMOUNT, weight));
  CHECK_STATUS(JX_OK,
               jx_declaration_budget_count(declaration, JX_BUDGET_EXPENDITURE, path, 1, &count));
  CHECK(count == 2);
  CHECK_STATUS(JX_OK,
               jx_declaration_budget_total(declaration, JX_BUDGET_EXPENDITURE, &read_weight));
  expect_decimal("4805020.5", read_weight);
  jx_decimal_free(read_weight);
  CHECK_STATUS(JX_OK, jx_declaration_budget_remove(declaration, JX_BUDGET_EXPENDITURE, path, 2));
  CHECK_STATUS(JX_OK, jx_declaration_budget_add(declaration, JX_BUDGET_INCOME, NULL, 0,
                                                TEXT("财政拨款"), &line));
  path[0] = line;
  CHECK_STATUS(JX_OK, jx_declaration_budget_set_text(declaration, JX_BUDGET_INCOME, path, 1,
                                                     JX_BUDGET_LINE_AMOUNT, TEXT("4805000.00")));
  CHECK_STATUS(JX_OK, jx_declaration_budget_set_text(declaration, JX_BUDGET_INCOME, path, 1,
                                                     JX_BUDGET_LINE_NOTE, TEXT("年初批复")));
  CHECK_STATUS(JX_OK, jx_declaration_budget_clear(declaration, JX_BUDGET_INCOME, path, 1,
                                                  JX_BUDGET_LINE_NOTE));

  CHECK_STATUS(JX_OK, jx_declaration_to_json(declaration, &json));
  CHECK(strstr(json, "\"schema\": \"jixiao.declaration/1\"") != NULL);
  CHECK(strstr(json, "\"annual_target\": \"≥12所\"") != NULL);
  CHECK(strstr(json, "\"amount\": \"4805000.00\"") != NULL);
  CHECK(strstr(json, "设计费") == NULL);
  CHECK_STATUS(JX_OK, jx_declaration_load_json(json, strlen(json), NULL, &reread));
  expect_field(reread, JX_DECLARATION_PROJECT_NAME, 0, "示例校舍维修项目");
  expect_field(reread, JX_DECLARATION_PROJECT_CODE, 0, "44011324000000000001");
  expect_field(reread, JX_INDICATOR_WEIGHT, 0, "20.5");
  CHECK_STATUS(JX_OK, jx_declaration_get_int(reread, JX_DECLARATION_FISCAL_YEAR, 0, &year));
  CHECK(year == 2024);
  CHECK_STATUS(JX_OK, jx_declaration_get_int(reread, JX_INDICATOR_CORE, 0, &core));
  CHECK(core == 1);
  CHECK_STATUS(JX_OK, jx_declaration_get_decimal(reread, JX_INDICATOR_WEIGHT, 0, &read_weight));
  expect_decimal("20.5", read_weight);

  /* Clearing the project name removes the whole project block. */
  CHECK_STATUS(JX_OK, jx_declaration_clear(reread, JX_DECLARATION_PROJECT_NAME, 0));
  expect_field(reread, JX_DECLARATION_PROJECT_CODE, 0, NULL);
  CHECK_STATUS(JX_OK, jx_declaration_clear(reread, JX_INDICATOR_WEIGHT, 0));
  expect_field(reread, JX_INDICATOR_WEIGHT, 0, NULL);

  jx_free(json);
  jx_decimal_free(weight);
  jx_decimal_free(read_weight);
  jx_declaration_free(declaration);
  jx_declaration_free(reread);
}

static void field_misuse_is_reported(void) {
  jx_declaration *declaration = load_panyu(NULL, NULL);
  jx_decimal *number = NULL;
  const char *text = NULL;
  size_t len = 0, index = 0;
  int64_t value = 0;
  const char invalid_utf8[] = {'a', (char)0xC3, '(', 0};

  /* NULL handle and NULL out-pointers. */
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_get_text(NULL, JX_DECLARATION_NOTE, 0, &text, &len));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_get_text(declaration, JX_DECLARATION_NOTE, 0, NULL, &len));
  CHECK_STATUS(JX_OK,
               jx_declaration_get_text(declaration, JX_DECLARATION_TAXONOMY, 0, &text, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_count(declaration, JX_INDICATORS, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_add_row(declaration, JX_INDICATORS, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_new(NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_to_json(declaration, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_set_decimal(declaration, JX_INDICATOR_WEIGHT, 0, NULL));

  /* A handle of another kind. */
  CHECK_STATUS(JX_OK, jx_decimal_parse(TEXT("1"), &number));
  CHECK_STATUS(JX_E_WRONG_HANDLE,
               jx_declaration_get_text((const jx_declaration *)(const void *)number,
                                       JX_DECLARATION_NOTE, 0, &text, &len));
  CHECK_STATUS(JX_E_WRONG_HANDLE,
               jx_self_evaluation_count((const jx_self_evaluation *)(const void *)declaration,
                                        JX_INDICATOR_RESULTS, &len));
  CHECK_STATUS(JX_E_WRONG_HANDLE,
               jx_declaration_set_decimal(declaration, JX_INDICATOR_WEIGHT, 0,
                                          (const jx_decimal *)(const void *)declaration));
  /* Freeing a handle through the wrong free function does nothing. */
  jx_self_evaluation_free((jx_self_evaluation *)(void *)declaration);
  CHECK_STATUS(JX_OK, jx_declaration_count(declaration, JX_INDICATORS, &len));

  /* Fields: unknown ids, a field of another row type, wrong operations. */
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_get_text(declaration, 199, 0, &text, &len));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_get_text(declaration, JX_FUND_EXECUTION_SOURCE, 0, &text, &len));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_get_text(declaration, -5, 0, &text, &len));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_count(declaration, 42, &len));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_add_row(declaration, JX_DECLARATION_ROOT, &index));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_get_int(declaration, JX_INDICATOR_NAME, 0, &value));
  CHECK(strstr(jx_last_error()->message_en, "name is a text field") != NULL);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_get_decimal(declaration, JX_INDICATOR_NAME, 0, &number));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_clear(declaration, JX_INDICATOR_NAME, 0));
  CHECK(strstr(jx_last_error()->message_en, "required") != NULL);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_clear(declaration, JX_DECLARATION_FISCAL_YEAR, 0));

  /* Rows: past the end, and the root has only row 0. */
  CHECK_STATUS(JX_E_OUT_OF_RANGE,
               jx_declaration_get_text(declaration, JX_INDICATOR_NAME, 52, &text, &len));
  CHECK(strstr(jx_last_error()->message_en, "indicators has no row 52 (it has 52") != NULL);
  CHECK_STATUS(JX_E_OUT_OF_RANGE,
               jx_declaration_get_text(declaration, JX_DECLARATION_NOTE, 1, &text, &len));
  CHECK_STATUS(JX_E_OUT_OF_RANGE, jx_declaration_remove_row(declaration, JX_KEY_TASKS, 2));
  CHECK_STATUS(JX_E_OUT_OF_RANGE, jx_declaration_insert_row(declaration, JX_KEY_TASKS, 3));

  /* Values: errors name the field's JSON Pointer and leave the field as it was. */
  CHECK_STATUS(JX_E_PARSE,
               jx_declaration_set_text(declaration, JX_INDICATOR_WEIGHT, 3, TEXT("12x")));
  CHECK_STR("/indicators/3/weight", jx_last_error()->json_path);
  CHECK(jx_last_error()->byte_offset == 2);
  expect_field(declaration, JX_INDICATOR_WEIGHT, 3, NULL);
  CHECK_STATUS(JX_E_PARSE, jx_declaration_set_text(declaration, JX_INDICATOR_WEIGHT, 3, "", 0));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_set_text(declaration, JX_INDICATOR_VALUE_SOURCE, 0, TEXT("guess")));
  CHECK_STR("/indicators/0/value_source", jx_last_error()->json_path);
  CHECK(strstr(jx_last_error()->message_en, "plan, history, industry") != NULL);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_set_int(declaration, JX_DECLARATION_FISCAL_YEAR, 0, 1800));
  CHECK_STR("/fiscal_year", jx_last_error()->json_path);
  CHECK_STATUS(JX_E_PARSE,
               jx_declaration_set_text(declaration, JX_DECLARATION_FISCAL_YEAR, 0, TEXT("2O23")));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_set_int(declaration, JX_INDICATOR_CORE, 0, 2));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_set_text(declaration, JX_INDICATOR_CORE, 0, TEXT("yes")));
  CHECK_STATUS(JX_OK, jx_declaration_get_int(declaration, JX_DECLARATION_FISCAL_YEAR, 0, &value));
  CHECK(value == 2023);

  /* Text arguments: invalid UTF-8, NULL with a length, too long; zero length is the empty text. */
  CHECK_STATUS(JX_E_INVALID_UTF8,
               jx_declaration_set_text(declaration, JX_DECLARATION_NOTE, 0, invalid_utf8, 3));
  CHECK(jx_last_error()->byte_offset == 1);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_declaration_set_text(declaration, JX_DECLARATION_NOTE, 0, NULL, 3));
  CHECK_STATUS(JX_E_LIMIT, jx_declaration_set_text(declaration, JX_DECLARATION_NOTE, 0, "x",
                                                   JX_MAX_TEXT_BYTES + 1));
  CHECK_STATUS(JX_OK, jx_declaration_set_text(declaration, JX_DECLARATION_NOTE, 0, NULL, 0));
  expect_field(declaration, JX_DECLARATION_NOTE, 0, "");

  jx_decimal_free(number);
  jx_declaration_free(declaration);
  jx_declaration_free(NULL);
}

static void loading_reports_where_the_json_is_wrong(void) {
  jx_declaration *declaration = (jx_declaration *)1;
  jx_self_evaluation *evaluation = NULL;
  jx_json_options options = JX_JSON_OPTIONS_INIT;
  int kind = 0;
  size_t size = 0;
  char *json = read_source_file("tests/data/documents/self-evaluation.json", &size);
  const char *broken = "{\"schema\": \"jixiao.declaration/1\", \"kind\": }";
  const char *wrong_type =
      "{\"schema\": \"jixiao.declaration/1\", \"kind\": \"department\", "
      "\"fiscal_year\": \"2023\"}";

  CHECK_STATUS(JX_E_PARSE, jx_declaration_load_json(broken, strlen(broken), NULL, &declaration));
  CHECK(jx_last_error()->byte_offset == 43);
  CHECK(declaration == (jx_declaration *)1);
  CHECK_STATUS(JX_E_DOCUMENT,
               jx_declaration_load_json(wrong_type, strlen(wrong_type), NULL, &declaration));
  CHECK_STR("/fiscal_year", jx_last_error()->json_path);
  /* A self-evaluation is not a declaration, and says so. */
  CHECK_STATUS(JX_E_DOCUMENT, jx_declaration_load_json(json, size, NULL, &declaration));
  CHECK_STR("/schema", jx_last_error()->json_path);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_load_json(json, size, NULL, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_declaration_load_json(NULL, 5, NULL, &declaration));
  CHECK_STATUS(JX_E_PARSE, jx_declaration_load_json(NULL, 0, NULL, &declaration));

  CHECK_STATUS(JX_OK, jx_document_kind_of_json(json, size, NULL, &kind));
  CHECK(kind == JX_DOCUMENT_SELF_EVALUATION);
  CHECK_STATUS(JX_E_DOCUMENT, jx_document_kind_of_json(TEXT("{\"schema\": 3}"), NULL, &kind));
  CHECK_STR("/schema", jx_last_error()->json_path);
  CHECK_STATUS(JX_E_DOCUMENT,
               jx_document_kind_of_json(TEXT("{\"schema\": \"jixiao.budget/1\"}"), NULL, &kind));
  CHECK_STATUS(JX_E_PARSE, jx_document_kind_of_json(TEXT("[1, 2"), NULL, &kind));

  /* Options: bounds apply, and a struct that was not initialised is refused. */
  options.max_bytes = 100;
  CHECK_STATUS(JX_E_LIMIT, jx_self_evaluation_load_json(json, size, &options, &evaluation));
  options.max_bytes = JX_MAX_TEXT_BYTES;
  options.max_depth = 2;
  CHECK_STATUS(JX_E_LIMIT, jx_self_evaluation_load_json(json, size, &options, &evaluation));
  options.max_depth = 64;
  options.version = 0;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_self_evaluation_load_json(json, size, &options, &evaluation));
  options.version = JX_JSON_OPTIONS_VERSION;
  options.max_depth = 0;
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_self_evaluation_load_json(json, size, &options, &evaluation));
  options.max_depth = 64;
  CHECK_STATUS(JX_OK, jx_self_evaluation_load_json(json, size, &options, &evaluation));
  jx_self_evaluation_free(evaluation);
  free(json);
}

static void a_self_evaluation_reads_and_builds(void) {
  size_t size = 0, count = 0, row = 0;
  char *json = read_source_file("tests/data/documents/self-evaluation.json", &size);
  char *written = NULL;
  jx_self_evaluation *evaluation = NULL, *built = NULL, *copy = NULL;
  const char *text = NULL;
  jx_decimal *score = NULL;
  int64_t year = 0;

  CHECK_STATUS(JX_OK, jx_self_evaluation_load_json(json, size, NULL, &evaluation));
  CHECK_STATUS(JX_OK, jx_self_evaluation_get_text(evaluation, JX_SELF_EVALUATION_PROJECT_NAME, 0,
                                                  &text, NULL));
  CHECK_STR("示例校舍维修项目", text);
  CHECK_STATUS(JX_OK, jx_self_evaluation_get_text(evaluation, JX_SELF_EVALUATION_BUDGET_UNIT, 0,
                                                  &text, NULL));
  CHECK_STR("元", text);
  CHECK_STATUS(JX_OK, jx_self_evaluation_count(evaluation, JX_FUND_EXECUTIONS, &count));
  CHECK(count == 2);
  CHECK_STATUS(
      JX_OK, jx_self_evaluation_get_text(evaluation, JX_FUND_EXECUTION_ADJUSTMENT, 0, &text, NULL));
  CHECK_STR("-200000.00", text);
  CHECK_STATUS(JX_OK, jx_self_evaluation_get_decimal(
                          evaluation, JX_INDICATOR_RESULT_PUBLISHED_SCORE, 0, &score));
  expect_decimal("18.79", score);
  jx_decimal_free(score);
  CHECK_STATUS(JX_OK,
               jx_self_evaluation_get_text(evaluation, JX_INDICATOR_RESULT_GRADE, 1, &text, NULL));
  CHECK_STR("partly_met", text);
  CHECK_STATUS(JX_OK, jx_self_evaluation_to_json(evaluation, &written));
  CHECK(strlen(written) == size && memcmp(written, json, size) == 0);
  jx_free(written);

  CHECK_STATUS(JX_OK, jx_self_evaluation_new(&built));
  CHECK_STATUS(JX_OK, jx_self_evaluation_set_int(built, JX_SELF_EVALUATION_FISCAL_YEAR, 0, 2023));
  CHECK_STATUS(JX_OK, jx_self_evaluation_set_text(built, JX_SELF_EVALUATION_DEPARTMENT_NAME, 0,
                                                  TEXT("番禺区政务服务数据管理局")));
  CHECK_STATUS(JX_OK, jx_self_evaluation_set_text(built, JX_SELF_EVALUATION_GRADE, 0, TEXT("优")));
  CHECK_STATUS(JX_OK,
               jx_self_evaluation_set_text(built, JX_SELF_EVALUATION_TOTAL_SCORE, 0, TEXT("92.5")));
  CHECK_STATUS(JX_OK, jx_self_evaluation_add_row(built, JX_FUND_EXECUTIONS, &row));
  CHECK_STATUS(JX_OK,
               jx_self_evaluation_set_text(built, JX_FUND_EXECUTION_SOURCE, row, TEXT("财政拨款")));
  CHECK_STATUS(
      JX_OK, jx_self_evaluation_set_text(built, JX_FUND_EXECUTION_EXECUTED, row, TEXT("14000.5")));
  CHECK_STATUS(JX_OK, jx_self_evaluation_add_row(built, JX_INDICATOR_RESULTS, &row));
  CHECK_STATUS(JX_OK, jx_self_evaluation_set_text(built, JX_INDICATOR_RESULT_ACTUAL_VALUE, row,
                                                  TEXT("96%")));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_self_evaluation_set_text(built, JX_DECLARATION_NOTE, 0, TEXT("x")));
  /* Rows move when one is inserted before them and come back when it is removed. */
  CHECK_STATUS(JX_OK, jx_self_evaluation_insert_row(built, JX_FUND_EXECUTIONS, 0));
  CHECK_STATUS(JX_OK, jx_self_evaluation_get_text(built, JX_FUND_EXECUTION_SOURCE, 1, &text, NULL));
  CHECK_STR("财政拨款", text);
  CHECK_STATUS(JX_OK, jx_self_evaluation_remove_row(built, JX_FUND_EXECUTIONS, 0));
  CHECK_STATUS(JX_OK, jx_self_evaluation_get_int(built, JX_SELF_EVALUATION_FISCAL_YEAR, 0, &year));
  CHECK(year == 2023);
  CHECK_STATUS(JX_OK, jx_decimal_parse("0.5", 3, &score));
  CHECK_STATUS(JX_OK,
               jx_self_evaluation_set_decimal(built, JX_INDICATOR_RESULT_DEDUCTION, row, score));
  jx_decimal_free(score);
  CHECK_STATUS(JX_OK, jx_self_evaluation_clone(built, &copy));
  CHECK_STATUS(JX_OK, jx_self_evaluation_clear(copy, JX_INDICATOR_RESULT_DEDUCTION, row));
  CHECK_STATUS(JX_OK,
               jx_self_evaluation_get_text(copy, JX_INDICATOR_RESULT_DEDUCTION, row, &text, NULL));
  CHECK(text == NULL);
  CHECK_STATUS(JX_OK,
               jx_self_evaluation_get_text(built, JX_INDICATOR_RESULT_DEDUCTION, row, &text, NULL));
  CHECK_STR("0.5", text);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_self_evaluation_get_int(built, JX_SELF_EVALUATION_GRADE, 0, &year));
  jx_self_evaluation_free(copy);
  CHECK_STATUS(JX_OK, jx_self_evaluation_to_json(built, &written));
  CHECK(strstr(written, "\"grade\": \"excellent\"") != NULL);
  CHECK(strstr(written, "\"executed\": \"14000.5\"") != NULL);
  CHECK(strstr(written, "\"actual_value\": \"96%\"") != NULL);
  jx_free(written);

  jx_self_evaluation_free(evaluation);
  jx_self_evaluation_free(built);
  free(json);
}

static void a_monitoring_report_reads_and_builds(void) {
  size_t size = 0, row = 0;
  char *json = read_source_file("tests/data/documents/monitoring-report.json", &size);
  char *written = NULL;
  jx_monitoring_report *report = NULL, *copy = NULL;
  const char *text = NULL;
  int64_t month = 0;

  CHECK_STATUS(JX_OK, jx_monitoring_report_load_json(json, size, NULL, &report));
  CHECK_STATUS(JX_OK, jx_monitoring_report_get_int(report, JX_MONITORING_REPORT_MONTH, 0, &month));
  CHECK(month >= 1 && month <= 12);
  CHECK_STATUS(JX_OK, jx_monitoring_report_to_json(report, &written));
  CHECK(strlen(written) == size && memcmp(written, json, size) == 0);
  jx_free(written);

  CHECK_STATUS(JX_OK, jx_monitoring_report_clone(report, &copy));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_monitoring_report_set_int(copy, JX_MONITORING_REPORT_MONTH, 0, 13));
  CHECK_STATUS(JX_OK, jx_monitoring_report_set_int(copy, JX_MONITORING_REPORT_MONTH, 0, 6));
  CHECK_STATUS(JX_OK, jx_monitoring_report_add_row(copy, JX_INDICATOR_PROGRESS, &row));
  CHECK_STATUS(JX_OK, jx_monitoring_report_set_text(copy, JX_INDICATOR_PROGRESS_DEVIATION_CAUSES,
                                                    row, TEXT("经费保障，staffing、 other")));
  CHECK_STATUS(JX_OK, jx_monitoring_report_get_text(copy, JX_INDICATOR_PROGRESS_DEVIATION_CAUSES,
                                                    row, &text, NULL));
  CHECK_STR("funding, staffing, other", text);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_monitoring_report_set_text(copy, JX_INDICATOR_PROGRESS_DEVIATION_CAUSES, row,
                                             TEXT("funding, weather")));
  CHECK_STATUS(JX_OK, jx_monitoring_report_set_text(copy, JX_INDICATOR_PROGRESS_LIKELIHOOD, row,
                                                    TEXT("有可能")));
  CHECK_STATUS(JX_OK, jx_monitoring_report_to_json(copy, &written));
  CHECK(strstr(written, "\"month\": 6") != NULL);
  CHECK(strstr(written, "\"likelihood\": \"possible\"") != NULL);
  CHECK(strstr(written, "\"staffing\"") != NULL);
  jx_free(written);
  CHECK_STATUS(JX_OK,
               jx_monitoring_report_clear(copy, JX_INDICATOR_PROGRESS_DEVIATION_CAUSES, row));
  CHECK_STATUS(JX_OK, jx_monitoring_report_get_text(copy, JX_INDICATOR_PROGRESS_DEVIATION_CAUSES,
                                                    row, &text, NULL));
  CHECK_STR("", text);

  jx_monitoring_report_free(report);
  jx_monitoring_report_free(copy);
  free(json);
}

static void a_monitoring_report_is_built_line_by_line(void) {
  jx_monitoring_report *report = NULL;
  jx_decimal *executed = NULL, *read = NULL;
  size_t row = 9, count = 0;
  char *json = NULL;
  const char *text = NULL;
  CHECK_STATUS(JX_OK, jx_monitoring_report_new(&report));
  CHECK_STATUS(JX_OK, jx_monitoring_report_count(report, JX_MONITORING_LINES, &count));
  CHECK(count == 0);
  CHECK_STATUS(JX_OK, jx_monitoring_report_count(report, JX_MONITORING_REPORT_ROOT, &count));
  CHECK(count == 1);
  CHECK_STATUS(JX_OK,
               jx_monitoring_report_set_int(report, JX_MONITORING_REPORT_FISCAL_YEAR, 0, 2023));
  CHECK_STATUS(JX_OK, jx_monitoring_report_set_int(report, JX_MONITORING_REPORT_MONTH, 0, 6));
  CHECK_STATUS(JX_OK, jx_monitoring_report_set_text(report, JX_MONITORING_REPORT_DEPARTMENT_NAME, 0,
                                                    TEXT("番禺区政务服务数据管理局")));
  CHECK_STATUS(JX_OK, jx_monitoring_report_add_row(report, JX_MONITORING_LINES, &row));
  CHECK_STATUS(
      JX_OK, jx_monitoring_report_set_text(report, JX_MONITORING_LINE_NAME, row, TEXT("项目支出")));
  CHECK_STATUS(JX_OK, jx_monitoring_report_set_text(report, JX_MONITORING_LINE_ANNUAL_BUDGET, row,
                                                    TEXT("13831.00")));
  CHECK_STATUS(JX_OK, jx_decimal_parse(TEXT("6915.50"), &executed));
  CHECK_STATUS(
      JX_OK, jx_monitoring_report_set_decimal(report, JX_MONITORING_LINE_EXECUTED, row, executed));
  CHECK_STATUS(JX_OK,
               jx_monitoring_report_get_decimal(report, JX_MONITORING_LINE_EXECUTED, row, &read));
  expect_decimal("6915.5", read);
  jx_decimal_free(read);
  CHECK_STATUS(JX_OK, jx_monitoring_report_insert_row(report, JX_MONITORING_LINES, 0));
  CHECK_STATUS(JX_OK,
               jx_monitoring_report_get_text(report, JX_MONITORING_LINE_NAME, 1, &text, NULL));
  CHECK_STR("项目支出", text);
  CHECK_STATUS(JX_OK, jx_monitoring_report_remove_row(report, JX_MONITORING_LINES, 0));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_monitoring_report_get_decimal(report, JX_MONITORING_LINE_NAME, 0, &read));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_monitoring_report_set_decimal(report, JX_MONITORING_REPORT_MONTH, 0, executed));
  CHECK_STATUS(JX_OK, jx_monitoring_report_to_json(report, &json));
  CHECK(strstr(json, "\"executed\": \"6915.50\"") != NULL);
  CHECK(strstr(json, "\"month\": 6") != NULL);
  jx_free(json);
  jx_decimal_free(executed);
  jx_monitoring_report_free(report);
}

static void field_names_are_stable(void) {
  CHECK_STR("annual_target", jx_field_name(JX_INDICATOR_ANNUAL_TARGET));
  CHECK_STR("department_name", jx_field_name(JX_SELF_EVALUATION_DEPARTMENT_NAME));
  CHECK_STR("effective_amount", jx_field_name(JX_BUDGET_LINE_EFFECTIVE_AMOUNT));
  CHECK_STR("deviation_causes", jx_field_name(JX_INDICATOR_PROGRESS_DEVIATION_CAUSES));
  CHECK(jx_field_name(0) == NULL);
  CHECK(jx_field_name(314) == NULL);
  CHECK(jx_field_name(-101) == NULL);
}

int main(void) {
  the_panyu_example_reads_field_by_field();
  the_budget_tree_walks_with_paths();
  the_example_writes_back_byte_for_byte();
  a_declaration_is_built_row_by_row();
  field_misuse_is_reported();
  loading_reports_where_the_json_is_wrong();
  a_self_evaluation_reads_and_builds();
  a_monitoring_report_reads_and_builds();
  a_monitoring_report_is_built_line_by_line();
  field_names_are_stable();
  return check_summary();
}
