// Strings the caller owns: NUL-terminated copies released with jx_free.
#pragma once

#include <cstddef>
#include <string_view>

namespace jixiao::capi {

/// A malloc'ed, NUL-terminated copy of `text`, for out-parameters documented "free with jx_free".
char* owned_copy(std::string_view text);

/// A malloc'ed buffer that grows as texts are appended (realloc, amortised doubling) and is handed
/// to the caller, who frees it with jx_free. Freed here unless released.
class OwnedBuffer {
 public:
  explicit OwnedBuffer(std::size_t capacity);
  ~OwnedBuffer();
  OwnedBuffer(const OwnedBuffer&) = delete;
  OwnedBuffer& operator=(const OwnedBuffer&) = delete;

  /// Appends `text` and a NUL; returns the offset where `text` starts.
  std::size_t append(std::string_view text);
  char* data() noexcept { return data_; }
  /// The buffer, now the caller's.
  char* release() noexcept;

 private:
  char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace jixiao::capi
