// The jx_function_table handle: C callbacks registered as formula functions. The callbacks'
// entries are shared with every formula compiled with the table, so freeing the table early is
// safe.
#pragma once

#include <deque>
#include <memory>

#include "handle.hpp"
#include "jixiao.h"
#include "jixiao/formula_function.hpp"

namespace jixiao::capi {

/// What a registered C function needs at call time (the C++ FunctionTable's user_data).
struct CallbackEntry {
  std::string name;
  jx_double_function evaluate_double = nullptr;
  jx_decimal_function evaluate_decimal = nullptr;
  const void* user_data = nullptr;
};

/// Entries never move (a deque only appends), so their addresses can be the C++ user_data.
using CallbackEntries = std::deque<CallbackEntry>;

}  // namespace jixiao::capi

struct jx_function_table : jixiao::capi::Handle {
  jx_function_table()
      : Handle(jixiao::capi::HandleKind::function_table),
        entries(std::make_shared<jixiao::capi::CallbackEntries>()) {}
  jixiao::FunctionTable table;
  std::shared_ptr<jixiao::capi::CallbackEntries> entries;
};
