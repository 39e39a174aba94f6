// The document handles: a model value, and the texts computed for the caller while reading it.
#pragma once

#include <utility>

#include "fields.hpp"
#include "handle.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/monitoring_report.hpp"
#include "jixiao/self_evaluation.hpp"

namespace jixiao::capi {

template <class Doc, HandleKind Kind>
struct DocumentHandle : Handle {
  using Document = Doc;
  static constexpr HandleKind kind_tag = Kind;
  DocumentHandle() : Handle(Kind) {}
  explicit DocumentHandle(Doc document) : Handle(Kind), value(std::move(document)) {}
  Doc value;
  /// Reading is logically const: the cache only keeps texts alive for the caller.
  mutable TextCache texts;
};

}  // namespace jixiao::capi

struct jx_declaration
    : jixiao::capi::DocumentHandle<jixiao::Declaration, jixiao::capi::HandleKind::declaration> {
  using DocumentHandle::DocumentHandle;
};
struct jx_self_evaluation
    : jixiao::capi::DocumentHandle<jixiao::SelfEvaluation,
                                   jixiao::capi::HandleKind::self_evaluation> {
  using DocumentHandle::DocumentHandle;
};
struct jx_monitoring_report
    : jixiao::capi::DocumentHandle<jixiao::MonitoringReport,
                                   jixiao::capi::HandleKind::monitoring_report> {
  using DocumentHandle::DocumentHandle;
};
