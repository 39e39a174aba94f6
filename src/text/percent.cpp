#include "text/percent.hpp"

#include <cstddef>

namespace jixiao::text {

std::string percent_digits(const Decimal& ratio, int decimals, RoundingMode mode) {
  // Rounding the ratio at decimals + 2 places is rounding ratio × 100 at `decimals`, and
  // to_string pads with zeros instead of raising the coefficient, so nothing here can overflow.
  std::string digits = ratio.to_string(decimals + 2, mode);
  const std::size_t point = digits.find('.');
  digits.erase(point, 1);
  if (point + 2 < digits.size()) digits.insert(point + 2, 1, '.');
  // "0.0123" became "001.23": drop the zeros the shift left in front.
  const std::size_t first = digits[0] == '-' ? 1 : 0;
  std::size_t zeros = 0;
  while (first + zeros + 1 < digits.size() && digits[first + zeros] == '0' &&
         digits[first + zeros + 1] != '.') {
    ++zeros;
  }
  digits.erase(first, zeros);
  return digits;
}

}  // namespace jixiao::text
