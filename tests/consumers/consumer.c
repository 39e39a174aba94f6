/* A C program an integrator would write: link the installed libjixiao, check the version, and add
   two amounts exactly. Built by both consumer projects (CMake find_package and pkg-config). */
#include <stdio.h>
#include <string.h>

#include <jixiao.h>

int main(void) {
  jx_decimal *a = NULL, *b = NULL, *sum = NULL;
  char *text = NULL;
  int ok;
  if (JX_CHECK_VERSION() != JX_OK) {
    fprintf(stderr, "%s\n", jx_last_error()->message);
    return 1;
  }
  if (jx_decimal_parse("1,163.71", 8, &a) != JX_OK ||
      jx_decimal_parse("13,931.00", 9, &b) != JX_OK || jx_decimal_add(a, b, &sum) != JX_OK ||
      jx_decimal_to_string(sum, &text) != JX_OK) {
    fprintf(stderr, "%s\n", jx_last_error()->message);
    return 1;
  }
  ok = strcmp(text, "15094.71") == 0;
  printf("jixiao %s: 1,163.71 + 13,931.00 = %s\n", jx_version_string(), text);
  jx_free(text);
  jx_decimal_free(a);
  jx_decimal_free(b);
  jx_decimal_free(sum);
  return ok ? 0 : 1;
}
