// Compiles jixiao.h as C++ (see capi/CMakeLists.txt).
#include "jixiao.h"

int jixiao_header_check_cxx() {
  return JX_VERSION_NUMBER;
}
