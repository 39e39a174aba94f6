// Text arguments of the C ABI: (pointer, length) UTF-8, checked once at the boundary.
#pragma once

#include <cstddef>
#include <string_view>

namespace jixiao::capi {

/// The text of a (ptr, len) argument after the checks every entry point applies: NULL only with
/// length 0, at most JX_MAX_TEXT_BYTES, valid UTF-8. Throws the matching failure otherwise.
std::string_view checked_text(const char* text, std::size_t length, const char* argument_name);

}  // namespace jixiao::capi
