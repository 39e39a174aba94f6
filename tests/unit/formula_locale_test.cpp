// Formulas read and print numbers the same way under a comma-decimal locale (de_DE): parsing uses
// no locale-aware routine, and results are printed with '.'.
#include <gtest/gtest.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <locale>
#include <optional>
#include <string>
#include <vector>

#include "jixiao/formula.hpp"

namespace jixiao {
namespace {

/// A C++ locale whose numbers use ',' as the decimal point, built with the C++ API so the test
/// never depends on which system locales are installed.
struct CommaDecimal : std::numpunct<char> {
  char do_decimal_point() const override { return ','; }
  char do_thousands_sep() const override { return '.'; }
  std::string do_grouping() const override { return "\3"; }
};

void expect_locale_independent() {
  const Formula rate = Formula::compile("及时到位数量/计划到位数量×100% + 0.5 - 0.5");
  const std::optional<Decimal> exact =
      rate.evaluate_named({{"及时到位数量", Decimal::parse("38")}, {"计划到位数量", Decimal(40)}});
  ASSERT_TRUE(exact.has_value());
  EXPECT_EQ(exact->to_string(), "0.95");
  EXPECT_EQ(*rate.evaluate_double_named({{"及时到位数量", 38}, {"计划到位数量", 40}}), 0.95);
  EXPECT_EQ(Formula::compile("round(2.345, 2)").evaluate_double({}), 2.35);
  EXPECT_THROW(Formula::compile("1,5"), Error);  // a comma never reads as a decimal point
  EXPECT_EQ(format_result(Decimal::parse("1163.715"), ResultKind::number), "1163.715");
  EXPECT_EQ(Formula::compile("x/3").display(0.5), "0.5");
  EXPECT_EQ(Formula::compile("x×100%").display(0.375), "37.5%");
}

TEST(FormulaLocale, CommaDecimalCppGlobalLocale) {
  const std::locale previous =
      std::locale::global(std::locale(std::locale::classic(), new CommaDecimal));
  expect_locale_independent();
  std::locale::global(previous);
}

/// Finds (or, when localedef and the de_DE source are there, generates) a comma-decimal C locale.
std::optional<std::string> comma_c_locale() {
  for (const char* name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8", "de_DE"})
    if (std::setlocale(LC_ALL, name) != nullptr) return name;
  const std::filesystem::path dir = std::filesystem::path(JIXIAO_BINARY_DIR) / "tests" / "locales";
  if (std::filesystem::exists("/usr/share/i18n/locales/de_DE") &&
      std::filesystem::exists("/usr/bin/localedef")) {
    std::filesystem::create_directories(dir);
    const std::string command = "/usr/bin/localedef -i de_DE -f UTF-8 '" +
                                (dir / "de_DE.UTF-8").string() + "' >/dev/null 2>&1";
    if (std::system(command.c_str()) == 0) {
      setenv("LOCPATH", dir.c_str(), 1);
      if (std::setlocale(LC_ALL, "de_DE.UTF-8") != nullptr) return "de_DE.UTF-8";
    }
  }
  return std::nullopt;
}

TEST(FormulaLocale, CommaDecimalCLocale) {
  const std::optional<std::string> name = comma_c_locale();
  if (!name)
    GTEST_SKIP() << "no comma-decimal C locale: none installed (locale -a) and localedef could not "
                    "generate de_DE.UTF-8";
  ASSERT_STREQ(std::localeconv()->decimal_point, ",") << *name;
  expect_locale_independent();
  std::setlocale(LC_ALL, "C");
}

}  // namespace
}  // namespace jixiao
