// Whether a JSON number survives being held as a double (internal header).
//
// Boost.JSON 1.81 keeps no number text: an integer beyond 64 bits or a fraction with more
// significant digits than a double holds is rounded when read and written back rounded, so an
// ERP extension member such as "erp_id": 44011324000000000001 would come back as 4.4011324E19.
// The document reader refuses such numbers instead of changing them silently.
#pragma once

#include <string_view>

namespace jixiao::json_io {

/// True when `value`, written back in its shortest form, has exactly the numeric value of the
/// JSON number `text` (so "0.10" and 0.1 agree, "1e-400" and 0 do not). `text` follows the
/// JSON number grammar; anything else gives false.
bool double_keeps_number(std::string_view text, double value);

}  // namespace jixiao::json_io
