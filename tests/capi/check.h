/* A minimal test harness for the C ABI tests: plain C99, no framework, so the tests exercise the
   header exactly as a C integrator's code would. Each test program ends with check_summary(),
   which prints "N passed, N failed" and returns the exit status. */
#ifndef JIXIAO_TESTS_CHECK_H
#define JIXIAO_TESTS_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed = 0;
static int check_failed = 0;

static void check_report(int ok, const char *file, int line, const char *what) {
  if (ok) {
    ++check_passed;
  } else {
    ++check_failed;
    fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
  }
}

#define CHECK(condition) check_report((condition) != 0, __FILE__, __LINE__, #condition)
#define CHECK_STATUS(expected, call)                                                       \
  do {                                                                                     \
    int check_status_ = (call);                                                            \
    check_report(check_status_ == (expected), __FILE__, __LINE__, #call " == " #expected); \
    if (check_status_ != (expected))                                                       \
      fprintf(stderr, "  got %d: %s\n", check_status_, jx_last_error()->message);          \
  } while (0)
#define CHECK_STR(expected, actual)                                                                \
  do {                                                                                             \
    const char *check_actual_ = (actual);                                                          \
    int check_same_ = check_actual_ != NULL && strcmp((expected), check_actual_) == 0;             \
    check_report(check_same_, __FILE__, __LINE__, #actual " == " #expected);                       \
    if (!check_same_) fprintf(stderr, "  got \"%s\"\n", check_actual_ ? check_actual_ : "(null)"); \
  } while (0)

static int check_summary(void) {
  printf("%d passed, %d failed\n", check_passed, check_failed);
  return check_failed == 0 ? 0 : 1;
}

#endif
