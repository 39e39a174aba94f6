/* Reviews a declaration (审核) through the C ABI and prints the findings, errors first.
 *
 *   review [declaration.json] [policy]
 *
 * Without arguments it reviews the 番禺 2023 example; `policy` is a preset name ("national-2021")
 * or a policy file. Exit status: 0 when the review ran (whatever it found), 1 on an error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jixiao.h"

#ifndef JIXIAO_EXAMPLE
#define JIXIAO_EXAMPLE "examples/panyu-2023/declaration.json"
#endif

static char *read_file(const char *path, size_t *size) {
  FILE *file = fopen(path, "rb");
  char *text = NULL;
  long length;
  if (file == NULL) return NULL;
  if (fseek(file, 0, SEEK_END) == 0 && (length = ftell(file)) >= 0 &&
      fseek(file, 0, SEEK_SET) == 0 && (text = malloc((size_t)length + 1)) != NULL) {
    *size = fread(text, 1, (size_t)length, file);
    text[*size] = '\0';
  }
  fclose(file);
  return text;
}

static int fail(const char *what) {
  const jx_error *error = jx_last_error();
  fprintf(stderr, "%s: %s", what, error->message);
  if (error->json_path[0] != '\0') fprintf(stderr, " (at %s)", error->json_path);
  fprintf(stderr, "\n");
  return 1;
}

/* A text field of finding `row`, or "" when absent. */
static const char *finding_text(const jx_review_report *report, int field, size_t row) {
  const char *text = NULL;
  if (jx_review_report_get_text(report, field, row, &text, NULL) != JX_OK || text == NULL)
    return "";
  return text;
}

static void print_findings(const jx_review_report *report, int severity) {
  static const char *labels[] = {"错误", "警告", "提示"};
  size_t count = 0, row;
  jx_review_report_count(report, JX_FINDINGS, &count);
  for (row = 0; row < count; ++row) {
    int64_t this_severity = -1;
    const char *indicator = finding_text(report, JX_FINDING_INDICATOR, row);
    jx_review_report_get_int(report, JX_FINDING_SEVERITY, row, &this_severity);
    if (this_severity != severity) continue;
    printf("[%s] %s %s", labels[severity], finding_text(report, JX_FINDING_CODE, row),
           finding_text(report, JX_FINDING_PATH, row));
    if (indicator[0] != '\0') printf(" 「%s」", indicator);
    printf("\n    %s\n", finding_text(report, JX_FINDING_MESSAGE_ZH, row));
    if (finding_text(report, JX_FINDING_SUGGESTION, row)[0] != '\0')
      printf("    建议 / suggestion: %s\n", finding_text(report, JX_FINDING_SUGGESTION, row));
  }
}

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : JIXIAO_EXAMPLE;
  jx_declaration *declaration = NULL;
  jx_policy *policy = NULL;
  jx_review_report *report = NULL;
  int64_t errors = 0, warnings = 0, infos = 0;
  const char *verdict = NULL, *policy_name = NULL;
  size_t size = 0;
  char *json;
  int status = 0;

  if (JX_CHECK_VERSION() != JX_OK) return fail("libjixiao");
  json = read_file(path, &size);
  if (json == NULL) {
    fprintf(stderr, "cannot read %s\n", path);
    return 1;
  }
  if (jx_declaration_load_json(json, size, NULL, &declaration) != JX_OK) {
    free(json);
    return fail(path);
  }
  free(json);

  if (argc > 2) {
    /* A preset name, or else a policy file. */
    if (jx_policy_preset(argv[2], strlen(argv[2]), &policy) != JX_OK) {
      char *policy_json = read_file(argv[2], &size);
      if (policy_json == NULL || jx_policy_load_json(policy_json, size, NULL, &policy) != JX_OK)
        status = fail(argv[2]);
      free(policy_json);
    }
  }
  if (status == 0 && jx_review(declaration, policy, &report) != JX_OK) status = fail("review");

  if (status == 0) {
    print_findings(report, JX_SEVERITY_ERROR);
    print_findings(report, JX_SEVERITY_WARNING);
    print_findings(report, JX_SEVERITY_INFO);
    jx_review_report_get_int(report, JX_REVIEW_ERRORS, 0, &errors);
    jx_review_report_get_int(report, JX_REVIEW_WARNINGS, 0, &warnings);
    jx_review_report_get_int(report, JX_REVIEW_INFOS, 0, &infos);
    jx_review_report_get_text(report, JX_REVIEW_VERDICT, 0, &verdict, NULL);
    jx_review_report_get_text(report, JX_REVIEW_POLICY, 0, &policy_name, NULL);
    printf("%s: %lld errors, %lld warnings, %lld infos; verdict %s (policy %s)\n", path,
           (long long)errors, (long long)warnings, (long long)infos, verdict, policy_name);
  }
  jx_review_report_free(report);
  jx_policy_free(policy);
  jx_declaration_free(declaration);
  return status;
}
