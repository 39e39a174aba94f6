/* Compiles jixiao.h as strict C99 (see capi/CMakeLists.txt). */
#include "jixiao.h"

int jixiao_header_check_c(void) {
  return JX_VERSION_NUMBER;
}
