/* Sharing through the C ABI from 8 threads: one compiled formula, one policy and one parsed target
   are used by every thread at once (immutable handles); every thread reviews the same declaration
   with the same policy (reviewing only reads a document) and its own changed copy; each thread
   loads, fills and writes its own documents (single-writer handles). Every thread checks every
   result, and errors stay per thread. Run it under ThreadSanitizer too (the tsan preset). */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixtures.h"
#include "jixiao.h"

enum { thread_count = 8, rounds = 40, rows = 2000 };

static const jx_formula *shared_formula;
static const jx_policy *shared_policy;
static const jx_target *shared_target;
static const jx_declaration *shared_declaration;
static const char *shared_review_json;
static const char *panyu_json;
static size_t panyu_size;

typedef struct worker {
  int index;
  long failures; /* checks that failed on this thread (check.h counters are not thread-safe) */
} worker;

#define EXPECT(condition)                                                                     \
  do {                                                                                        \
    if (!(condition)) {                                                                       \
      ++self->failures;                                                                       \
      fprintf(stderr, "thread %d: %s failed (line %d)\n", self->index, #condition, __LINE__); \
    }                                                                                         \
  } while (0)

static void evaluate_batches(worker *self, int round) {
  double *done = malloc(rows * sizeof(double)), *planned = malloc(rows * sizeof(double));
  double *results = malloc(rows * sizeof(double));
  uint8_t *statuses = malloc(rows);
  const double *columns[2];
  jx_batch_summary summary = JX_BATCH_SUMMARY_INIT;
  size_t row, wrong = 0;
  for (row = 0; row < rows; ++row) {
    done[row] = (double)(row + (size_t)self->index);
    planned[row] = row % 97 == 0 ? 0 : (double)(round + 1);
  }
  columns[0] = done;
  columns[1] = planned;
  EXPECT(jx_formula_eval_batch_double(shared_formula, columns, NULL, 2, rows, JX_MISSING_ERROR,
                                      results, statuses, &summary) == JX_OK);
  for (row = 0; row < rows; ++row) {
    if (row % 97 == 0) {
      wrong += statuses[row] != JX_EVAL_DIVISION_BY_ZERO;
    } else {
      const double expected = done[row] / planned[row];
      wrong += statuses[row] != JX_EVAL_OK || results[row] - expected > 1e-12 * expected ||
               expected - results[row] > 1e-12 * expected;
    }
  }
  EXPECT(wrong == 0);
  EXPECT(summary.failed == (rows + 96) / 97);
  free(done);
  free(planned);
  free(results);
  free(statuses);
}

static void evaluate_exactly(worker *self, int round) {
  char done[32], planned[32];
  jx_text values[2];
  char *result = NULL;
  double zero[2] = {1, 0}, out = 0;
  snprintf(done, sizeof done, "%d", 3 * (round + self->index + 1));
  snprintf(planned, sizeof planned, "%d", round + self->index + 1);
  values[0].ptr = done;
  values[0].len = strlen(done);
  values[1].ptr = planned;
  values[1].len = strlen(planned);
  EXPECT(jx_formula_eval_text(shared_formula, values, 2, JX_MISSING_ERROR, &result) == JX_OK);
  EXPECT(result != NULL && strcmp(result, "3") == 0);
  jx_free(result);
  /* An error on this thread is this thread's last error, whatever the others do. */
  EXPECT(jx_formula_eval_double(shared_formula, zero, 2, JX_MISSING_ERROR, &out) ==
         JX_E_DIVISION_BY_ZERO);
  EXPECT(jx_last_error()->code == JX_E_DIVISION_BY_ZERO);
}

static void read_shared_handles(worker *self) {
  const char *text = NULL;
  int64_t kind = -1;
  int met = -1;
  char *json = NULL;
  EXPECT(jx_policy_get_text(shared_policy, JX_POLICY_NAME, 0, &text, NULL) == JX_OK);
  EXPECT(text != NULL && strcmp(text, "national-2015") == 0);
  EXPECT(jx_target_get_text(shared_target, JX_TARGET_CANONICAL, 0, &text, NULL) == JX_OK);
  EXPECT(text != NULL && strcmp(text, "≥95%") == 0);
  EXPECT(jx_target_get_int(shared_target, JX_TARGET_KIND, 0, &kind) == JX_OK);
  EXPECT(kind == JX_TARGET_KIND_QUANTITATIVE);
  EXPECT(jx_target_is_met(shared_target, "96%", 4, JX_COMPARATOR_GREATER_EQUAL, &met) == JX_OK);
  EXPECT(met == 1);
  EXPECT(jx_policy_to_json(shared_policy, &json) == JX_OK);
  jx_free(json);
}

static void own_documents(worker *self, int round) {
  jx_declaration *declaration = NULL;
  char *json = NULL;
  char name[64];
  const char *text = NULL;
  size_t row = 0;
  EXPECT(jx_declaration_load_json(panyu_json, panyu_size, NULL, &declaration) == JX_OK);
  if (declaration == NULL) return;
  snprintf(name, sizeof name, "线程 %d 第 %d 轮", self->index, round);
  EXPECT(jx_declaration_add_row(declaration, JX_INDICATORS, &row) == JX_OK);
  EXPECT(jx_declaration_set_text(declaration, JX_INDICATOR_NAME, row, name, strlen(name)) == JX_OK);
  EXPECT(jx_declaration_get_text(declaration, JX_INDICATOR_NAME, row, &text, NULL) == JX_OK);
  EXPECT(text != NULL && strcmp(text, name) == 0);
  EXPECT(jx_declaration_to_json(declaration, &json) == JX_OK);
  EXPECT(json != NULL && strstr(json, name) != NULL);
  jx_free(json);
  jx_declaration_free(declaration);
}

static void review_documents(worker *self, int round) {
  jx_review_report *report = NULL;
  jx_declaration *own = NULL;
  char *json = NULL;
  int64_t errors = 0, own_errors = 0;
  size_t row = 0;
  /* The shared declaration, with the shared policy: the same report on every thread. */
  EXPECT(jx_review(shared_declaration, shared_policy, &report) == JX_OK);
  if (report == NULL) return;
  EXPECT(jx_review_report_to_json(report, &json) == JX_OK);
  EXPECT(json != NULL && strcmp(json, shared_review_json) == 0);
  jx_free(json);
  EXPECT(jx_review_report_get_int(report, JX_REVIEW_ERRORS, 0, &errors) == JX_OK);
  jx_review_report_free(report);
  report = NULL;
  /* An own copy with one more (empty) indicator: more errors, on this thread only. */
  EXPECT(jx_declaration_clone(shared_declaration, &own) == JX_OK);
  if (own == NULL) return;
  EXPECT(jx_declaration_add_row(own, JX_INDICATORS, &row) == JX_OK);
  EXPECT(jx_review(own, round % 2 == 0 ? shared_policy : NULL, &report) == JX_OK);
  EXPECT(jx_review_report_get_int(report, JX_REVIEW_ERRORS, 0, &own_errors) == JX_OK);
  EXPECT(own_errors > errors);
  jx_review_report_free(report);
  jx_declaration_free(own);
}

static void *work(void *argument) {
  worker *self = (worker *)argument;
  int round;
  for (round = 0; round < rounds; ++round) {
    evaluate_batches(self, round);
    evaluate_exactly(self, round);
    read_shared_handles(self);
    if (round % 8 == 0) own_documents(self, round);
    if (round % 4 == 0) review_documents(self, round);
  }
  return NULL;
}

int main(void) {
  const char *formula_text = "到位率 = 及时到位数量 / 计划到位数量";
  jx_formula *formula = NULL;
  jx_policy *policy = NULL;
  jx_target *target = NULL;
  jx_declaration *declaration = NULL;
  jx_review_report *report = NULL;
  char *review_json = NULL;
  pthread_t threads[thread_count];
  worker workers[thread_count];
  int i;

  panyu_json = read_source_file("examples/panyu-2023/declaration.json", &panyu_size);
  CHECK_STATUS(JX_OK, jx_formula_compile(formula_text, strlen(formula_text), NULL, &formula));
  CHECK_STATUS(JX_OK, jx_policy_preset("national-2015", 13, &policy));
  CHECK_STATUS(JX_OK, jx_target_parse("≥95%", strlen("≥95%"), &target));
  shared_formula = formula;
  shared_policy = policy;
  shared_target = target;
  CHECK_STATUS(JX_OK, jx_declaration_load_json(panyu_json, panyu_size, NULL, &declaration));
  CHECK_STATUS(JX_OK, jx_review(declaration, NULL, &report));
  CHECK_STATUS(JX_OK, jx_review_report_to_json(report, &review_json));
  jx_review_report_free(report);
  shared_declaration = declaration;
  shared_review_json = review_json;

  for (i = 0; i < thread_count; ++i) {
    workers[i].index = i;
    workers[i].failures = 0;
    CHECK(pthread_create(&threads[i], NULL, work, &workers[i]) == 0);
  }
  for (i = 0; i < thread_count; ++i) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    CHECK(workers[i].failures == 0);
  }
  /* The main thread's last error is untouched by the workers' failures. */
  CHECK(jx_last_error()->code == JX_OK);

  jx_formula_free(formula);
  jx_policy_free(policy);
  jx_target_free(target);
  jx_declaration_free(declaration);
  jx_free(review_json);
  free((void *)panyu_json);
  return check_summary();
}
