// jx_json_options → JsonReadOptions, with the checks every loader applies.
#pragma once

#include "jixiao.h"
#include "jixiao/document_json.hpp"

namespace jixiao::capi {

/// The read options a caller asked for (NULL: the defaults of JX_JSON_OPTIONS_INIT).
/// Error(invalid_argument) for an unknown version or a bound outside its range.
JsonReadOptions json_read_options(const jx_json_options* options);

}  // namespace jixiao::capi
