/* Out of memory through the C ABI: this program replaces malloc (glibc allows it, forwarding to
   __libc_malloc), so that operator new inside the library fails when the test says so. Every
   allocation of a call is made to fail in turn: the call must return JX_E_NOMEM — never crash,
   never let an exception escape, never report another code — and leave nothing allocated.

   Sanitizers replace malloc themselves, so under ASan or TSan the test reports that it is skipped
   (CTest sees the skip code). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixtures.h"
#include "jixiao.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define NOMEM_SKIP 1
#endif

#ifndef NOMEM_SKIP

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *memory, size_t size);
extern void __libc_free(void *memory);

/* -1: never fail; n >= 0: let n more allocations succeed, then fail every one. */
static long countdown = -1;
/* Allocations made while tracking and not yet freed (open addressing, no allocation itself). */
enum { tracked_capacity = 1 << 18 };
static void *tracked[tracked_capacity];
static int tracking = 0;
static long tracked_live = 0;
static long attempts = 0;

static size_t slot_of(void *memory) {
  return (size_t)(((uintptr_t)memory >> 4) * 2654435761u) & (tracked_capacity - 1);
}

static void track(void *memory) {
  size_t slot = slot_of(memory);
  while (tracked[slot] != NULL && tracked[slot] != (void *)1)
    slot = (slot + 1) & (tracked_capacity - 1);
  tracked[slot] = memory;
  ++tracked_live;
}

static void untrack(void *memory) {
  size_t slot = slot_of(memory);
  while (tracked[slot] != NULL) {
    if (tracked[slot] == memory) {
      tracked[slot] = (void *)1; /* a tombstone keeps later probes going */
      --tracked_live;
      return;
    }
    slot = (slot + 1) & (tracked_capacity - 1);
  }
}

static int allocation_allowed(void) {
  ++attempts;
  if (countdown == 0) return 0;
  if (countdown > 0) --countdown;
  return 1;
}

void *malloc(size_t size) {
  void *memory;
  if (!allocation_allowed()) return NULL;
  memory = __libc_malloc(size);
  if (tracking && memory != NULL) track(memory);
  return memory;
}

void *calloc(size_t count, size_t size) {
  void *memory;
  if (!allocation_allowed()) return NULL;
  memory = __libc_calloc(count, size);
  if (tracking && memory != NULL) track(memory);
  return memory;
}

void *realloc(void *old, size_t size) {
  void *memory;
  if (!allocation_allowed()) return NULL;
  memory = __libc_realloc(old, size);
  if (tracking && memory != NULL) {
    if (old != NULL) untrack(old);
    track(memory);
  }
  return memory;
}

void free(void *memory) {
  if (tracking && memory != NULL) untrack(memory);
  __libc_free(memory);
}

static void start_tracking(void) {
  memset(tracked, 0, sizeof tracked);
  tracked_live = 0;
  tracking = 1;
}

/* The operations under test; each returns the status of the one jx_ call that may fail and frees
   whatever it got on success. */
static const char *panyu_json;
static size_t panyu_size;

static int parse_decimal(void) {
  jx_decimal *value = NULL;
  int status = jx_decimal_parse("1,163.71", 8, &value);
  jx_decimal_free(value);
  return status;
}

static int decimal_text(void) {
  static jx_decimal *value = NULL;
  char *text = NULL;
  int status;
  if (value == NULL && jx_decimal_parse("0.95", 4, &value) != JX_OK) return JX_E_INTERNAL;
  status = jx_decimal_to_string(value, &text);
  jx_free(text);
  return status;
}

static int compile_formula(void) {
  const char *text = "编外人员及时到位率=及时到位数量/计划到位数量×100%";
  jx_formula *formula = NULL;
  int status = jx_formula_compile(text, strlen(text), NULL, &formula);
  jx_formula_free(formula);
  return status;
}

static int evaluate_text_batch(void) {
  static jx_formula *formula = NULL;
  jx_text a[3] = {{"38", 2}, {"1", 1}, {"x", 1}}, b[3] = {{"40", 2}, {"0", 1}, {"2", 1}};
  const jx_text *columns[2];
  const char *results[3];
  uint8_t statuses[3];
  char *buffer = NULL;
  int status;
  if (formula == NULL && jx_formula_compile("a / b", 5, NULL, &formula) != JX_OK)
    return JX_E_INTERNAL;
  columns[0] = a;
  columns[1] = b;
  status = jx_formula_eval_batch_text(formula, columns, 2, 3, JX_MISSING_ERROR, results, statuses,
                                      &buffer, NULL);
  jx_free(buffer);
  return status;
}

static int parse_target(void) {
  const char *text = "每个镇街不少于 3 台";
  jx_target *target = NULL;
  int status = jx_target_parse(text, strlen(text), &target);
  jx_target_free(target);
  return status;
}

static int load_declaration(void) {
  jx_declaration *declaration = NULL;
  int status = jx_declaration_load_json(panyu_json, panyu_size, NULL, &declaration);
  jx_declaration_free(declaration);
  return status;
}

static int build_declaration_row(void) {
  jx_declaration *declaration = NULL;
  size_t row = 0;
  int status = jx_declaration_new(&declaration);
  if (status == JX_OK) status = jx_declaration_add_row(declaration, JX_INDICATORS, &row);
  if (status == JX_OK)
    status = jx_declaration_set_text(declaration, JX_INDICATOR_WEIGHT, row, "20.5", 4);
  if (status == JX_OK)
    status = jx_declaration_set_text(declaration, JX_INDICATOR_NAME, row,
                                     "这是一个足够长以至于需要分配内存的指标名称", 63);
  jx_declaration_free(declaration);
  return status;
}

static int load_policy(void) {
  jx_policy *policy = NULL;
  char *json = NULL;
  int status = jx_policy_preset("national-2021", 13, &policy);
  if (status == JX_OK) status = jx_policy_to_json(policy, &json);
  jx_free(json);
  jx_policy_free(policy);
  return status;
}

/* Fails allocation 0, 1, 2, … of `operation` in turn until it succeeds. Every failing run must
   report JX_E_NOMEM and leave nothing allocated. */
static void every_allocation_may_fail(const char *name, int (*operation)(void)) {
  long fail_at, failures = 0, leaked_runs = 0, wrong_codes = 0;
  int status;
  /* Warm up: statics and the thread's error state are allocated once, outside the count. */
  countdown = -1;
  if (operation() != JX_OK) {
    fprintf(stderr, "%s fails without any allocation failure: %s\n", name,
            jx_last_error()->message);
    CHECK(0);
    return;
  }
  countdown = 0;
  (void)operation();
  countdown = -1;
  for (fail_at = 0;; ++fail_at) {
    start_tracking();
    countdown = fail_at;
    status = operation();
    countdown = -1;
    tracking = 0;
    if (status == JX_OK) break;
    ++failures;
    if (status != JX_E_NOMEM) {
      ++wrong_codes;
      fprintf(stderr, "%s, allocation %ld failing: status %d (%s)\n", name, fail_at, status,
              jx_last_error()->message);
    }
    if (tracked_live != 0) {
      ++leaked_runs;
      fprintf(stderr, "%s, allocation %ld failing: %ld allocations left behind\n", name, fail_at,
              tracked_live);
    }
    if (fail_at > 200000) break;
  }
  CHECK(status == JX_OK);
  CHECK(failures > 0);
  CHECK(wrong_codes == 0);
  CHECK(leaked_runs == 0);
  printf("%s: %ld allocation points, each failed once: JX_E_NOMEM every time\n", name, failures);
}

static void the_error_says_out_of_memory(void) {
  jx_decimal *value = (jx_decimal *)1;
  countdown = 0;
  CHECK_STATUS(JX_E_NOMEM, jx_decimal_parse("1.5", 3, &value));
  countdown = -1;
  CHECK(value == (jx_decimal *)1);
  CHECK(jx_last_error()->code == JX_E_NOMEM);
  CHECK_STR("out of memory", jx_error_string(JX_E_NOMEM));
}

int main(void) {
  panyu_json = read_source_file("examples/panyu-2023/declaration.json", &panyu_size);
  /* The thread's error state is created on first use (glibc registers its destructor then). */
  jx_clear_error();
  the_error_says_out_of_memory();
  every_allocation_may_fail("jx_decimal_parse", parse_decimal);
  every_allocation_may_fail("jx_decimal_to_string", decimal_text);
  every_allocation_may_fail("jx_formula_compile", compile_formula);
  every_allocation_may_fail("jx_formula_eval_batch_text", evaluate_text_batch);
  every_allocation_may_fail("jx_target_parse", parse_target);
  every_allocation_may_fail("jx_declaration_load_json", load_declaration);
  every_allocation_may_fail("declaration built row by row", build_declaration_row);
  every_allocation_may_fail("jx_policy_preset + to_json", load_policy);
  (void)attempts;
  return check_summary();
}

#else

int main(void) {
  printf("skipped: a sanitizer replaces malloc, so allocation failures cannot be injected\n");
  return 77;
}

#endif
