#include "json_options.hpp"

#include <string>

#include "error_state.hpp"

namespace jixiao::capi {

namespace {

constexpr std::size_t max_json_depth = 10000;

}  // namespace

JsonReadOptions json_read_options(const jx_json_options* options) {
  JsonReadOptions read;
  read.max_bytes = JX_MAX_TEXT_BYTES;
  if (options == nullptr) return read;
  // Version 1 is the only layout so far; a later version only appends fields, so a newer
  // library reads an older caller's struct by its version.
  if (options->version < 1 || options->version > JX_JSON_OPTIONS_VERSION)
    throw_invalid_argument(
        "jx_json_options 的 version 为 " + std::to_string(options->version) + "，应为 1…" +
            std::to_string(JX_JSON_OPTIONS_VERSION) + "（请用 JX_JSON_OPTIONS_INIT 初始化）",
        "jx_json_options.version is " + std::to_string(options->version) + ", expected 1…" +
            std::to_string(JX_JSON_OPTIONS_VERSION) + " (initialise with JX_JSON_OPTIONS_INIT)");
  if (options->max_bytes < 1 || options->max_bytes > JX_MAX_TEXT_BYTES)
    throw_invalid_argument("max_bytes 应在 1…" + std::to_string(JX_MAX_TEXT_BYTES) + " 之间",
                           "max_bytes must be within 1…" + std::to_string(JX_MAX_TEXT_BYTES));
  if (options->max_depth < 1 || options->max_depth > max_json_depth)
    throw_invalid_argument("max_depth 应在 1…" + std::to_string(max_json_depth) + " 之间",
                           "max_depth must be within 1…" + std::to_string(max_json_depth));
  read.max_bytes = options->max_bytes;
  read.max_depth = options->max_depth;
  return read;
}

}  // namespace jixiao::capi
