// Strings the caller owns: NUL-terminated copies released with jx_free.
#pragma once

#include <string_view>

namespace jixiao::capi {

/// A malloc'ed, NUL-terminated copy of `text`, for out-parameters documented "free with jx_free".
char* owned_copy(std::string_view text);

}  // namespace jixiao::capi
