// jixiao::Amount — a sum of money: an exact Decimal in 元 or 万元.
//
// Forms are filled in 万元 with 2–4 decimals, self-evaluations often in 元. One fen (0.01 元) is
// 0.000001 万元, so conversion between the two units is exact in both directions.
#pragma once

#include <compare>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "jixiao/decimal.hpp"

namespace jixiao {

enum class AmountUnit {
  yuan,      ///< 元
  wan_yuan,  ///< 万元 (10,000 元)
};

/// "元" / "万元".
std::string_view amount_unit_label(AmountUnit unit) noexcept;
/// Reads "元", "万元", "萬元", "yuan", "wan_yuan" (surrounding spaces allowed).
std::optional<AmountUnit> amount_unit_from_label(std::string_view label) noexcept;

struct Amount {
  Decimal value;
  AmountUnit unit = AmountUnit::wan_yuan;

  /// The same sum in another unit, exactly (万元 → 元 multiplies by 10,000; 元 → 万元 shifts
  /// the decimal point, which is exact and never rounds).
  Amount to(AmountUnit target) const;

  /// Amounts compare by value across units: 1 万元 == 10000 元.
  friend bool operator==(const Amount& a, const Amount& b);
  friend std::strong_ordering operator<=>(const Amount& a, const Amount& b);
};

/// Sum of two amounts, in the unit of the left operand.
Amount operator+(const Amount& a, const Amount& b);
Amount operator-(const Amount& a, const Amount& b);

/// "1163.71万元".
std::string to_string(const Amount& amount);
std::ostream& operator<<(std::ostream& out, const Amount& amount);

}  // namespace jixiao
