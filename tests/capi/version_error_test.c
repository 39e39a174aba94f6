/* Version queries, the version check, error codes and their descriptions. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "jixiao.h"

static void version_matches_header(void) {
  CHECK(jx_version_number() == JX_VERSION_NUMBER);
  CHECK_STR(JX_VERSION_STRING, jx_version_string());
  CHECK_STATUS(JX_OK, JX_CHECK_VERSION());
  /* A program built against an older minor release of the same major version is served. */
  CHECK_STATUS(JX_OK, jx_check_version(JX_VERSION_MAJOR * 10000));
}

static void version_mismatch_is_reported(void) {
  CHECK_STATUS(JX_E_VERSION_MISMATCH, jx_check_version((JX_VERSION_MAJOR + 1) * 10000));
  CHECK(jx_last_error()->code == JX_E_VERSION_MISMATCH);
  CHECK(strstr(jx_last_error()->message_en, "incompatible") != NULL);
  CHECK(strstr(jx_last_error()->message_zh, "不兼容") != NULL);
  CHECK_STATUS(JX_E_VERSION_MISMATCH, jx_check_version(JX_VERSION_NUMBER + 1));
}

static void error_strings_cover_every_code(void) {
  int code;
  for (code = JX_OK; code >= JX_E_OUT_OF_RANGE; --code) {
    CHECK(strcmp(jx_error_string(code), "unknown error code") != 0);
    CHECK(strcmp(jx_error_string_zh(code), "未知错误码") != 0);
  }
  CHECK_STR("unknown error code", jx_error_string(-999));
  CHECK_STR("parse error", jx_error_string(JX_E_PARSE));
  CHECK_STR("解析错误", jx_error_string_zh(JX_E_PARSE));
}

static void clear_error_resets_the_thread_state(void) {
  const jx_error *error;
  CHECK_STATUS(JX_E_VERSION_MISMATCH, jx_check_version(0));
  jx_clear_error();
  error = jx_last_error();
  CHECK(error->code == JX_OK);
  CHECK(error->byte_offset == -1);
  CHECK_STR("", error->message);
  CHECK_STR("", error->json_path);
}

int main(void) {
  version_matches_header();
  version_mismatch_is_reported();
  error_strings_cover_every_code();
  clear_error_resets_the_thread_state();
  return check_summary();
}
