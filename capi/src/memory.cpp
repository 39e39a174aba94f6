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

OwnedBuffer::OwnedBuffer(std::size_t capacity)
    : data_(static_cast<char*>(std::malloc(capacity > 0 ? capacity : 1))),
      capacity_(capacity > 0 ? capacity : 1) {
  if (data_ == nullptr) throw std::bad_alloc();
}

OwnedBuffer::~OwnedBuffer() {
  std::free(data_);
}

std::size_t OwnedBuffer::append(std::string_view text) {
  const std::size_t needed = size_ + text.size() + 1;
  if (needed > capacity_) {
    std::size_t capacity = capacity_ * 2;
    if (capacity < needed) capacity = needed;
    auto* grown = static_cast<char*>(std::realloc(data_, capacity));
    if (grown == nullptr) throw std::bad_alloc();
    data_ = grown;
    capacity_ = capacity;
  }
  const std::size_t offset = size_;
  if (!text.empty()) std::memcpy(data_ + size_, text.data(), text.size());
  data_[size_ + text.size()] = '\0';
  size_ = needed;
  return offset;
}

char* OwnedBuffer::release() noexcept {
  char* released = data_;
  data_ = nullptr;
  return released;
}

}  // namespace jixiao::capi

extern "C" {

JX_API void jx_free(void* memory) {
  std::free(memory);
}
}
