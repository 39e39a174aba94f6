#include "text_input.hpp"

#include <string>

#include "error_state.hpp"
#include "text/utf8.hpp"

namespace jixiao::capi {

std::string_view checked_text(const char* text, std::size_t length, const char* argument_name) {
  const std::string name = argument_name;
  if (text == nullptr && length != 0)
    throw_invalid_argument("参数 " + name + " 为空指针但长度不为零",
                           "argument " + name + " is NULL with a non-zero length");
  if (length > JX_MAX_TEXT_BYTES)
    throw ApiFailure{JX_E_LIMIT,
                     "参数 " + name + " 的长度 " + std::to_string(length) + " 字节超过上限 " +
                         std::to_string(JX_MAX_TEXT_BYTES),
                     "argument " + name + " is " + std::to_string(length) +
                         " bytes long, above the limit of " + std::to_string(JX_MAX_TEXT_BYTES)};
  const std::string_view view =
      text == nullptr ? std::string_view{} : std::string_view{text, length};
  text::require_valid_utf8(view);
  return view;
}

}  // namespace jixiao::capi
