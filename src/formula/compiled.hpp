// What a compiled Formula holds (internal): the text, its variables and sites, and one flat
// program per evaluation mode.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "formula/fast_code.hpp"
#include "formula/program.hpp"
#include "formula/syntax.hpp"
#include "jixiao/formula.hpp"

namespace jixiao {

struct Formula::Impl {
  std::string text;
  std::vector<FormulaVariable> variables;
  std::vector<std::uint8_t> required;  // per slot: not optional
  std::map<std::string, std::size_t, std::less<>> slots;
  bool definition = false;
  std::string defined_name;
  ResultKind kind = ResultKind::number;
  int scale = Decimal::default_division_scale;
  RoundingMode rounding = RoundingMode::half_up;
  std::vector<formula::Site> sites;
  std::vector<FormulaFunction> functions;
  formula::Program<double> fast;
  formula::FastCode fast_code;  // `fast` lowered for one evaluation at a time
  formula::Program<Decimal> exact;
};

namespace formula {

/// Folds constants and generates both programs from a parsed formula. Throws
/// Error(limit_exceeded) when the program would need too many registers or constants.
void generate(const Ast& ast, Formula::Impl& impl);

}  // namespace formula

}  // namespace jixiao
