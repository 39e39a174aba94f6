// The jx_policy handle: an immutable Policy, shared by the review, scoring and monitoring calls.
#pragma once

#include <utility>

#include "handle.hpp"
#include "jixiao/policy.hpp"

struct jx_policy : jixiao::capi::Handle {
  explicit jx_policy(jixiao::Policy v)
      : Handle(jixiao::capi::HandleKind::policy), value(std::move(v)) {}
  const jixiao::Policy value;
};

namespace jixiao::capi {

/// The policy behind a handle argument (NULL → JX_E_INVALID_ARGUMENT, wrong kind →
/// JX_E_WRONG_HANDLE).
inline const Policy& policy_value(const jx_policy* handle) {
  return checked_handle(handle, HandleKind::policy, "policy").value;
}

}  // namespace jixiao::capi
