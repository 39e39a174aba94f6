// jx_free and the one way the C layer hands out owned strings.
#include <cstdlib>
#include <cstring>
#include <new>

#include "jixiao.h"
#include "owned_string.hpp"

namespace jixiao::capi {

char* owned_copy(std::string_view text) {
  // malloc, not new[]: jx_free must be able to release it whatever allocator a caller links.
  auto* copy = static_cast<char*>(std::malloc(text.size() + 1));
  if (copy == nullptr) throw std::bad_alloc();
  if (!text.empty()) std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  return copy;
}

}  // namespace jixiao::capi

extern "C" {

JX_API void jx_free(void* memory) {
  std::free(memory);
}
}
