// Version queries and the header/library agreement check.
#include <string>

#include "error_state.hpp"
#include "jixiao.h"

extern "C" {

JX_API int jx_version_number(void) {
  return JX_VERSION_NUMBER;
}

JX_API const char* jx_version_string(void) {
  return JX_VERSION_STRING;
}

JX_API int jx_check_version(int header_version_number) {
  const int header_major = header_version_number / 10000;
  // A program built against older headers of the same major version keeps working; one built
  // against newer headers may call functions this library does not have.
  if (header_major == JX_VERSION_MAJOR && header_version_number <= JX_VERSION_NUMBER) return JX_OK;
  const std::string versions =
      std::to_string(header_version_number) + " / " + std::to_string(JX_VERSION_NUMBER);
  return jixiao::capi::guarded([&] {
    throw jixiao::capi::ApiFailure{
        JX_E_VERSION_MISMATCH, "头文件与已加载的库版本不兼容（头文件 / 库：" + versions + "）",
        "header and loaded library versions are incompatible (header / library: " + versions + ")"};
  });
}
}
