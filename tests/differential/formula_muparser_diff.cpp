// Differential test: jixiao's double mode against muparser on 10,000 random expressions generated
// with a fixed seed (docs/formula.md). Both get the same expression, spelled in each language:
// jixiao's text uses its own spellings at random (×, ÷, －, ＊, ≥, ≠, AND, %, if(), X100%);
// muparser's uses ASCII, ?:, &&, || and x/100, with conditions compared with 0 explicitly. Results
// must agree within 1e-12 relative, or both must fail (jixiao: an error; muparser: an exception or
// a non-finite value).
//
// Operations that could hide a non-finite value (comparisons, min/max, abs, conditions, the base
// of ^, divisors) only get operands that cannot be non-finite, because muparser would silently
// turn inf > 5 into 1 where jixiao reports the division by zero.
#include <muParser.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "jixiao/formula.hpp"

namespace jixiao {
namespace {

/// splitmix64: a fixed, library-independent sequence.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
  }

 private:
  std::uint64_t state_;
};

struct Pair {
  std::string ours;
  std::string theirs;
};

class Generator {
 public:
  explicit Generator(Random& random) : random_(random) {}

  /// Any arithmetic; non-finite values may appear and flow to the result.
  Pair full(int depth) {
    if (depth <= 0) return leaf();
    switch (random_.below(9)) {
      case 0:
        return leaf();
      case 1:
        return join(full(depth - 1), {"+", "＋"}, "+", full(depth - 1));
      case 2:
        return join(full(depth - 1), {"-", "−", "－"}, "-", full(depth - 1));
      case 3:
        return join(full(depth - 1), {"*", "×", "＊"}, "*", full(depth - 1));
      case 4:
        return join(full(depth - 1), {"/", "÷", "／"}, "/", wrap(safe(depth - 1)));
      case 5: {
        const std::string k = std::to_string(random_.below(4));
        const Pair base = safe(depth - 1);
        return {"(" + base.ours + ")^" + k, "(" + base.theirs + ")^" + k};
      }
      case 6: {
        const Pair c = safe(depth - 1);
        const Pair a = full(depth - 1);
        const Pair b = full(depth - 1);
        return {random_.pick<std::string>({"if", "IF"}) + "(" + c.ours + ", " + a.ours + ", " +
                    b.ours + ")",
                "(" + truth(c) + " ? (" + a.theirs + ") : (" + b.theirs + "))"};
      }
      case 7: {
        const Pair x = full(depth - 1);
        return {"(-" + x.ours + ")", "(-" + x.theirs + ")"};
      }
      default:
        return safe(depth - 1);
    }
  }

 private:
  /// Values that are always finite: no division, no power, small magnitudes.
  Pair safe(int depth) {
    if (depth <= 0) return leaf();
    switch (random_.below(10)) {
      case 0:
        return leaf();
      case 1:
        return join(safe(depth - 1), {"+"}, "+", safe(depth - 1));
      case 2:
        return join(safe(depth - 1), {"-", "−"}, "-", safe(depth - 1));
      case 3:
        return join(safe(depth - 1), {"*", "×"}, "*", safe(depth - 1));
      case 4: {
        static const std::vector<std::pair<std::string, std::string>> compare{
            {"<", "<"},  {">", ">"},   {"<=", "<="}, {"≤", "<="}, {">=", ">="}, {"≥", ">="},
            {"=", "=="}, {"==", "=="}, {"!=", "!="}, {"≠", "!="}, {"<>", "!="}};
        const auto& op = random_.pick(compare);
        const Pair a = safe(depth - 1);
        const Pair b = safe(depth - 1);
        return {"(" + a.ours + " " + op.first + " " + b.ours + ")",
                "(" + a.theirs + " " + op.second + " " + b.theirs + ")"};
      }
      case 5: {
        const std::string name = random_.pick<std::string>({"min", "max", "MAX", "sum", "avg"});
        std::string lower = name;
        for (char& ch : lower)
          ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        const int count = 1 + random_.below(3);
        Pair call{name + "(", lower + "("};
        for (int i = 0; i < count; ++i) {
          const Pair argument = safe(depth - 1);
          call.ours += (i ? random_.pick<std::string>({", ", "，"}) : "") + argument.ours;
          call.theirs += (i ? "," : "") + argument.theirs;
        }
        return {call.ours + ")", call.theirs + ")"};
      }
      case 6: {
        const Pair x = safe(depth - 1);
        return {"abs(" + x.ours + ")", "abs(" + x.theirs + ")"};
      }
      case 7: {
        const bool is_and = random_.below(2) == 0;
        const Pair a = safe(depth - 1);
        const Pair b = safe(depth - 1);
        return {"(" + a.ours + (is_and ? random_.pick<std::string>({" and ", " AND "}) : " or ") +
                    b.ours + ")",
                "(" + truth(a) + (is_and ? " && " : " || ") + truth(b) + ")"};
      }
      case 8: {
        const Pair x = safe(depth - 1);
        return {"(-" + x.ours + ")", "(-" + x.theirs + ")"};
      }
      default: {
        const Pair c = safe(depth - 1);
        const Pair a = safe(depth - 1);
        const Pair b = safe(depth - 1);
        return {"if(" + c.ours + ", " + a.ours + ", " + b.ours + ")",
                "(" + truth(c) + " ? (" + a.theirs + ") : (" + b.theirs + "))"};
      }
    }
  }

  Pair leaf() {
    switch (random_.below(4)) {
      case 0: {
        const std::string v = random_.pick<std::string>({"a", "b", "c"});
        return {v, v};
      }
      case 1: {
        const std::string n = random_.pick<std::string>({"5", "12.5", "100", "95", "0.5"});
        return {"(" + n + random_.pick<std::string>({"%", "％"}) + ")", "(" + n + "/100)"};
      }
      default: {
        const std::string n = random_.pick<std::string>(
            {"0", "1", "2", "3", "0.5", "1.5", "2.25", "10", "100", "0.1", "7", "0.001"});
        return {n, n};
      }
    }
  }

  /// muparser truncates the operands of &&, || and ?: to integers (0.5 is false there); jixiao
  /// reads any non-zero value as true, so muparser gets an explicit comparison.
  static std::string truth(const Pair& p) { return "((" + p.theirs + ") != 0)"; }

  Pair wrap(const Pair& p) { return {"(" + p.ours + ")", "(" + p.theirs + ")"}; }

  /// Both parsers share the precedence of + − × ÷, so parentheses are optional here.
  Pair join(const Pair& a, const std::vector<std::string>& ours, const std::string& theirs,
            const Pair& b) {
    const std::string op = random_.pick(ours);
    if (random_.below(2) == 0) return {a.ours + op + b.ours, a.theirs + theirs + b.theirs};
    return {"(" + a.ours + ")" + op + "(" + b.ours + ")",
            "(" + a.theirs + ")" + theirs + "(" + b.theirs + ")"};
  }

  Random& random_;
};

TEST(FormulaMuparser, TenThousandRandomExpressionsAgree) {
  Random random(20230615);
  Generator generator(random);
  const std::vector<double> values{-2.75, -1, -0.3, 0, 0.25, 1, 1.5, 3, 40, 1e6};
  int agreed_values = 0;
  int agreed_errors = 0;
  std::vector<std::string> mismatches;
  for (int i = 0; i < 10000; ++i) {
    const Pair expression = generator.full(1 + random.below(5));
    double a = random.pick(values);
    double b = random.pick(values);
    double c = random.pick(values);

    std::optional<double> theirs;
    try {
      mu::Parser parser;
      parser.DefineVar("a", &a);
      parser.DefineVar("b", &b);
      parser.DefineVar("c", &c);
      parser.SetExpr(expression.theirs);
      const double r = parser.Eval();
      if (std::isfinite(r)) theirs = r;
    } catch (const mu::Parser::exception_type&) {
    }

    std::optional<double> ours;
    try {
      const Formula formula = Formula::compile(expression.ours);
      std::vector<double> slots;
      for (const FormulaVariable& variable : formula.variables())
        slots.push_back(variable.name == "a" ? a : variable.name == "b" ? b : c);
      ours = formula.evaluate_double(slots);
    } catch (const Error&) {
    }

    if (ours && theirs) {
      const double scale = std::max(std::fabs(*ours), std::fabs(*theirs));
      if (std::fabs(*ours - *theirs) <= 1e-12 * scale || *ours == *theirs) {
        ++agreed_values;
        continue;
      }
    } else if (!ours && !theirs) {
      ++agreed_errors;
      continue;
    }
    if (mismatches.size() < 10)
      mismatches.push_back(expression.ours + "  |  " + expression.theirs +
                           "  a=" + std::to_string(a) + " b=" + std::to_string(b) +
                           " c=" + std::to_string(c) +
                           "  jixiao=" + (ours ? std::to_string(*ours) : "error") +
                           " muparser=" + (theirs ? std::to_string(*theirs) : "error"));
  }
  for (const std::string& line : mismatches)
    ADD_FAILURE() << line;
  RecordProperty("agreed_values", agreed_values);
  RecordProperty("agreed_errors", agreed_errors);
  EXPECT_EQ(agreed_values + agreed_errors, 10000);
  EXPECT_GT(agreed_values, 8000) << "too few expressions evaluate to a value to mean much";
}

}  // namespace
}  // namespace jixiao
