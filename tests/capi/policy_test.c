/* Policies through the C ABI: presets by name, policy files layered over a preset, the normal form
   written back and read again, and misuse. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jixiao.h"

#define TEXT(literal) literal, strlen(literal)

static void presets_are_listed_and_loaded(void) {
  size_t count = 0, index;
  const char *name = NULL, *text = NULL;
  jx_policy *policy = NULL;
  int seen_2021 = 0;
  CHECK_STATUS(JX_OK, jx_policy_preset_count(&count));
  CHECK(count >= 2);
  for (index = 0; index < count; ++index) {
    CHECK_STATUS(JX_OK, jx_policy_preset_name(index, &name));
    CHECK_STATUS(JX_OK, jx_policy_preset(name, strlen(name), &policy));
    CHECK_STATUS(JX_OK, jx_policy_get_text(policy, JX_POLICY_NAME, 0, &text, NULL));
    CHECK_STR(name, text);
    if (strcmp(name, "national-2021") == 0) seen_2021 = 1;
    jx_policy_free(policy);
    policy = NULL;
  }
  CHECK(seen_2021);
  CHECK_STATUS(JX_E_OUT_OF_RANGE, jx_policy_preset_name(count, &name));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_policy_preset_name(0, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_policy_preset_count(NULL));

  CHECK_STATUS(JX_E_POLICY, jx_policy_preset(TEXT("national-1999"), &policy));
  CHECK(strstr(jx_last_error()->message_en, "national-2015") != NULL);
  CHECK(policy == NULL);
  CHECK_STATUS(JX_E_INVALID_UTF8, jx_policy_preset("\xff", 1, &policy));
  CHECK_STATUS(JX_E_POLICY, jx_policy_preset(NULL, 0, &policy));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_policy_preset(TEXT("national-2021"), NULL));
}

static void a_policy_file_layers_over_its_base(void) {
  const char *file =
      "{\"schema\": \"jixiao.policy/1\", \"base\": \"national-2015\", "
      "\"name\": \"番禺-2023\", \"sources\": [\"穗财绩〔2023〕示例\"]}";
  jx_policy *policy = NULL, *base = NULL, *again = NULL;
  const char *text = NULL, *base_text = NULL;
  size_t count = 0, len = 0;
  char *json = NULL, *json_again = NULL;

  CHECK_STATUS(JX_OK, jx_policy_load_json(file, strlen(file), NULL, &policy));
  CHECK_STATUS(JX_OK, jx_policy_preset(TEXT("national-2015"), &base));
  CHECK_STATUS(JX_OK, jx_policy_get_text(policy, JX_POLICY_NAME, 0, &text, &len));
  CHECK_STR("番禺-2023", text);
  CHECK(len == strlen("番禺-2023"));
  CHECK_STATUS(JX_OK, jx_policy_count(policy, JX_POLICY_SOURCES, &count));
  CHECK(count == 1);
  CHECK_STATUS(JX_OK, jx_policy_get_text(policy, JX_POLICY_SOURCE, 0, &text, NULL));
  CHECK_STR("穗财绩〔2023〕示例", text);
  /* What the file does not say comes from the base. */
  CHECK_STATUS(JX_OK, jx_policy_get_text(policy, JX_POLICY_DESCRIPTION, 0, &text, NULL));
  CHECK_STATUS(JX_OK, jx_policy_get_text(base, JX_POLICY_DESCRIPTION, 0, &base_text, NULL));
  CHECK_STR(base_text, text);

  /* The normal form is complete (no base) and reads back to the same policy. */
  CHECK_STATUS(JX_OK, jx_policy_to_json(policy, &json));
  CHECK(strstr(json, "\"base\"") == NULL);
  CHECK(strstr(json, "\"name\": \"番禺-2023\"") != NULL);
  CHECK_STATUS(JX_OK, jx_policy_load_json(json, strlen(json), NULL, &again));
  CHECK_STATUS(JX_OK, jx_policy_to_json(again, &json_again));
  CHECK_STR(json, json_again);

  /* Misuse: rows and fields of a policy. */
  CHECK_STATUS(JX_OK, jx_policy_count(policy, JX_POLICY_ROOT, &count));
  CHECK(count == 1);
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_policy_count(policy, JX_INDICATORS, &count));
  CHECK_STATUS(JX_E_OUT_OF_RANGE, jx_policy_get_text(policy, JX_POLICY_SOURCE, 1, &text, NULL));
  CHECK_STATUS(JX_E_OUT_OF_RANGE, jx_policy_get_text(policy, JX_POLICY_NAME, 1, &text, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_policy_get_text(policy, 1103, 0, &text, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT,
               jx_policy_get_text(policy, JX_INDICATOR_NAME, 0, &text, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_policy_get_text(policy, JX_POLICY_NAME, 0, NULL, NULL));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_policy_to_json(NULL, &json));
  CHECK_STATUS(JX_E_WRONG_HANDLE,
               jx_policy_to_json((const jx_policy *)(const void *)base_text, &json));
  CHECK_STR("name", jx_field_name(JX_POLICY_NAME));
  CHECK_STR("source", jx_field_name(JX_POLICY_SOURCE));

  jx_free(json);
  jx_free(json_again);
  jx_policy_free(policy);
  jx_policy_free(base);
  jx_policy_free(again);
  jx_policy_free(NULL);
}

static void bad_policy_files_say_where(void) {
  const char *misspelt =
      "{\"schema\": \"jixiao.policy/1\", \"base\": \"national-2021\", "
      "\"nmae\": \"x\"}";
  const char *unknown_base = "{\"schema\": \"jixiao.policy/1\", \"base\": \"hainan-1990\"}";
  const char *not_json = "{\"schema\": ";
  jx_policy *policy = NULL;
  jx_json_options options = JX_JSON_OPTIONS_INIT;

  CHECK_STATUS(JX_E_DOCUMENT, jx_policy_load_json(misspelt, strlen(misspelt), NULL, &policy));
  CHECK_STR("/nmae", jx_last_error()->json_path);
  CHECK_STATUS(JX_E_POLICY, jx_policy_load_json(unknown_base, strlen(unknown_base), NULL, &policy));
  CHECK_STR("/base", jx_last_error()->json_path);
  CHECK_STATUS(JX_E_PARSE, jx_policy_load_json(not_json, strlen(not_json), NULL, &policy));
  CHECK(jx_last_error()->byte_offset == (int64_t)strlen(not_json));
  options.max_bytes = 10;
  CHECK_STATUS(JX_E_LIMIT, jx_policy_load_json(misspelt, strlen(misspelt), &options, &policy));
  CHECK_STATUS(JX_E_INVALID_ARGUMENT, jx_policy_load_json(NULL, 3, NULL, &policy));
  CHECK_STATUS(JX_E_LIMIT, jx_policy_load_json("{", JX_MAX_TEXT_BYTES + 1, NULL, &policy));
  CHECK(policy == NULL);
}

int main(void) {
  presets_are_listed_and_loaded();
  a_policy_file_layers_over_its_base();
  bad_policy_files_say_where();
  return check_summary();
}
