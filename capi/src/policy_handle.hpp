// The jx_policy handle: an immutable Policy, shared by the review, scoring and monitoring calls.
#pragma once

#include <memory>
#include <mutex>
#include <utility>

#include "handle.hpp"
#include "jixiao/policy.hpp"
#include "jixiao/review.hpp"

struct jx_policy : jixiao::capi::Handle {
  explicit jx_policy(jixiao::Policy v)
      : Handle(jixiao::capi::HandleKind::policy), value(std::move(v)) {}

  /// The policy compiled for reviewing, made on first use and shared by every later review on
  /// any thread (an invalid review policy throws, and the next call tries again).
  const jixiao::Reviewer& reviewer() const {
    std::call_once(reviewer_made_, [&] { reviewer_ = std::make_unique<jixiao::Reviewer>(value); });
    return *reviewer_;
  }

  const jixiao::Policy value;

 private:
  mutable std::once_flag reviewer_made_;
  mutable std::unique_ptr<const jixiao::Reviewer> reviewer_;
};

namespace jixiao::capi {

/// The policy behind a handle argument (NULL → JX_E_INVALID_ARGUMENT, wrong kind →
/// JX_E_WRONG_HANDLE).
inline const Policy& policy_value(const jx_policy* handle) {
  return checked_handle(handle, HandleKind::policy, "policy").value;
}

}  // namespace jixiao::capi
