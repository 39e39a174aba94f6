// The golden table tests/data/formula-golden.tsv: every expression in exact and double mode,
// results and errors (code and character offset). See the header of the file for its columns.
#include <gtest/gtest.h>

#include <charconv>
#include <fstream>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao/formula.hpp"

namespace jixiao {
namespace {

struct Row {
  int line = 0;
  std::string expression;
  std::string bindings;
  std::string exact;
  std::string fast;
};

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator))
    parts.push_back(part);
  if (!text.empty() && text.back() == separator) parts.emplace_back();
  return parts;
}

std::vector<Row> load() {
  std::ifstream file(JIXIAO_SOURCE_DIR "/tests/data/formula-golden.tsv");
  std::vector<Row> rows;
  std::string line;
  int number = 0;
  while (std::getline(file, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> columns = split(line, '\t');
    EXPECT_EQ(columns.size(), 4U) << "line " << number;
    if (columns.size() != 4) continue;
    rows.push_back(
        {number, columns[0], columns[1], columns[2], columns[3] == "=" ? columns[2] : columns[3]});
  }
  return rows;
}

/// The outcome as the table spells it: a value or !code@offset.
std::string spell_error(const Error& error) {
  return "!" + std::string(error_code_name(error.code())) + "@" +
         (error.location().char_offset ? std::to_string(*error.location().char_offset) : "-");
}

std::string run_exact(const Row& row) {
  try {
    const Formula formula = Formula::compile(row.expression);
    std::vector<std::optional<Decimal>> values(formula.variables().size());
    if (!row.bindings.empty())
      for (const std::string& binding : split(row.bindings, ';')) {
        const std::size_t at = binding.find('=');
        values.at(*formula.slot_of(binding.substr(0, at))) = Decimal::parse(binding.substr(at + 1));
      }
    const std::optional<Decimal> value = formula.evaluate(values);
    return value ? value->to_string() : "no value";
  } catch (const Error& error) {
    return spell_error(error);
  }
}

std::string run_double(const Row& row, const std::string& expected) {
  try {
    const Formula formula = Formula::compile(row.expression);
    std::vector<double> values(formula.variables().size(),
                               std::numeric_limits<double>::quiet_NaN());
    if (!row.bindings.empty())
      for (const std::string& binding : split(row.bindings, ';')) {
        const std::size_t at = binding.find('=');
        const std::string text = binding.substr(at + 1);
        std::from_chars(text.data(), text.data() + text.size(),
                        values.at(*formula.slot_of(binding.substr(0, at))));
      }
    const std::optional<double> value = formula.evaluate_double(values);
    if (!value) return "no value";
    // A value matches when the expected text reads back as exactly the same double.
    double wanted = 0;
    const auto parsed = std::from_chars(expected.data(), expected.data() + expected.size(), wanted);
    if (parsed.ec == std::errc() && parsed.ptr == expected.data() + expected.size() &&
        wanted == *value)
      return expected;
    char buffer[400];
    return std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, *value).ptr);
  } catch (const Error& error) {
    return spell_error(error);
  }
}

TEST(FormulaGolden, TableHasAtLeast200Expressions) {
  EXPECT_GE(load().size(), 200U);
}

TEST(FormulaGolden, ExactMode) {
  for (const Row& row : load())
    EXPECT_EQ(run_exact(row), row.exact) << "line " << row.line << ": " << row.expression;
}

TEST(FormulaGolden, DoubleMode) {
  for (const Row& row : load())
    EXPECT_EQ(run_double(row, row.fast), row.fast) << "line " << row.line << ": " << row.expression;
}

}  // namespace
}  // namespace jixiao
