#include "jixiao/declaration.hpp"

namespace jixiao {

std::string_view form_label(DeclarationKind kind) noexcept {
  switch (kind) {
    case DeclarationKind::department:
      return "部门整体";
    case DeclarationKind::project:
      return "项目支出";
  }
  return {};
}

DeclarationRef reference_to(const Declaration& declaration) {
  DeclarationRef ref;
  ref.kind = declaration.kind;
  ref.fiscal_year = declaration.fiscal_year;
  ref.department.name = declaration.department.name;
  ref.department.code = declaration.department.code;
  ref.region_code = declaration.region_code;
  if (declaration.project) {
    ref.project.emplace();
    ref.project->name = declaration.project->name;
    ref.project->code = declaration.project->code;
  }
  return ref;
}

namespace {

// Codes are compared only when both sides state one: a self-evaluation typed by hand often
// leaves out the codes an ERP export carries.
bool same_optional_code(const std::optional<std::string>& a,
                        const std::optional<std::string>& b) noexcept {
  return !a || !b || *a == *b;
}

}  // namespace

bool refers_to(const DeclarationRef& ref, const Declaration& declaration) noexcept {
  if (ref.kind != declaration.kind || ref.fiscal_year != declaration.fiscal_year) return false;
  if (ref.department.name != declaration.department.name ||
      !same_optional_code(ref.department.code, declaration.department.code) ||
      !same_optional_code(ref.region_code, declaration.region_code)) {
    return false;
  }
  if (ref.project.has_value() != declaration.project.has_value()) return false;
  if (ref.project) {
    return ref.project->name == declaration.project->name &&
           same_optional_code(ref.project->code, declaration.project->code);
  }
  return true;
}

}  // namespace jixiao
