// Reading the 指标值 test tables (tests/data/target-*.tsv) and checking a parse against a row.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "jixiao/target.hpp"

namespace jixiao::testing {

struct TargetCase {
  int line = 0;
  std::string text;
  std::string kind;
  std::string comparator;
  std::string value;
  std::string upper;
  std::string unit;
  std::string direction;
  std::string scope;
  std::string parts;
  std::string diagnostic;
  std::string reason;
};

inline std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    const char c = s[++i];
    if (c == 't') {
      out += '\t';
    } else if (c == 'n') {
      out += '\n';
    } else if (c == 's') {
      out += ' ';
    } else if (c == 'x' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

inline std::vector<TargetCase> load_target_cases(const std::string& relative_path) {
  const std::string path = std::string(JIXIAO_SOURCE_DIR) + "/" + relative_path;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<TargetCase> cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
      const std::size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (fields.size() != 11) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": expected 11 columns");
    }
    cases.push_back({number, unescape(fields[0]), fields[1], fields[2], fields[3], fields[4],
                     fields[5], fields[6], fields[7], fields[8], fields[9], fields[10]});
  }
  return cases;
}

inline std::string formatted_parts(const Target& t) {
  std::string out;
  for (const Target& part : t.parts) {
    if (!out.empty()) out += ";";
    out += format(part);
  }
  return out;
}

inline std::string decimal_cell(const std::optional<Decimal>& d) {
  return d ? d->to_string(d->scale()) : "";
}

/// Checks every column of `c` against `t` (one EXPECT per column, so a failure names it).
inline void expect_matches(const TargetCase& c, const Target& t) {
  SCOPED_TRACE("line " + std::to_string(c.line) + ": \"" + c.text + "\" — " + c.reason);
  EXPECT_EQ(to_string(t.kind), c.kind);
  EXPECT_EQ(comparator_ascii(t.comparator), c.comparator);
  if (t.kind == TargetKind::date) {
    EXPECT_EQ(t.date ? to_string(*t.date) : "", c.value);
    EXPECT_EQ(t.date_upper ? to_string(*t.date_upper) : "", c.upper);
  } else {
    EXPECT_EQ(decimal_cell(t.value), c.value);
    EXPECT_EQ(decimal_cell(t.upper), c.upper);
  }
  EXPECT_EQ(t.unit, c.unit);
  EXPECT_EQ(to_string(t.direction), c.direction);
  EXPECT_EQ(t.scope, c.scope);
  EXPECT_EQ(formatted_parts(t), c.parts);
  if (!c.diagnostic.empty()) {
    bool found = false;
    std::string seen;
    for (const TargetDiagnostic& d : t.diagnostics) {
      found = found || to_string(d.code) == c.diagnostic;
      seen += std::string(to_string(d.code)) + " ";
    }
    EXPECT_TRUE(found) << "expected diagnostic " << c.diagnostic << ", got: " << seen;
  }
}

}  // namespace jixiao::testing
