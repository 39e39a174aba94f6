// jixiao::Decimal against double and boost::multiprecision::cpp_dec_float_50, side by side.
//
// Every benchmark walks the same 1,024 money values (万元 with 2–4 decimals, as the forms write
// them, some negative), so the compiler cannot fold constants and the branch predictor sees the
// mix of scales real data has. Names pair up: add/jixiao, add/double, add/cpp_dec_float_50.
//
//   build/default/bench/decimal_bench --benchmark_min_time=0.2
#include <benchmark/benchmark.h>

#include <boost/multiprecision/cpp_dec_float.hpp>

#include <array>
#include <charconv>
#include <cstddef>
#include <random>
#include <string>
#include <vector>

#include "jixiao/decimal.hpp"

namespace {

using DecFloat = boost::multiprecision::cpp_dec_float_50;

constexpr std::size_t value_count = 1024;  // a power of two: the index wraps with a mask

/// Amounts like "1163.71", "15094.7100", "-35.5": 1–6 integer digits, 2–4 decimals.
const std::vector<std::string>& money_texts() {
  static const std::vector<std::string> texts = [] {
    std::mt19937 random(20230601);
    std::vector<std::string> result;
    for (std::size_t i = 0; i < value_count; ++i) {
      const int decimals = 2 + static_cast<int>(random() % 3);
      const unsigned integer = random() % 1'000'000;
      unsigned fraction = random();
      std::string text = std::to_string(integer) + ".";
      for (int d = 0; d < decimals; ++d) {
        text += static_cast<char>('0' + fraction % 10);
        fraction /= 10;
      }
      if (random() % 8 == 0) text.insert(text.begin(), '-');
      // Divisors must not be zero.
      if (integer == 0) text = "1" + text;
      result.push_back(text);
    }
    return result;
  }();
  return texts;
}

template <typename T>
std::vector<T> values(std::size_t offset);

template <>
std::vector<jixiao::Decimal> values(std::size_t offset) {
  std::vector<jixiao::Decimal> result;
  for (std::size_t i = 0; i < value_count; ++i)
    result.push_back(jixiao::Decimal::parse(money_texts()[(i + offset) % value_count]));
  return result;
}

template <>
std::vector<double> values(std::size_t offset) {
  std::vector<double> result;
  for (std::size_t i = 0; i < value_count; ++i) {
    const std::string& text = money_texts()[(i + offset) % value_count];
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    result.push_back(value);
  }
  return result;
}

template <>
std::vector<DecFloat> values(std::size_t offset) {
  std::vector<DecFloat> result;
  for (std::size_t i = 0; i < value_count; ++i)
    result.emplace_back(money_texts()[(i + offset) % value_count]);
  return result;
}

// The second operand is the first list shifted, so every pair differs.
constexpr std::size_t second_offset = 377;

template <typename T>
void bench_add(benchmark::State& state) {
  const std::vector<T> a = values<T>(0);
  const std::vector<T> b = values<T>(second_offset);
  std::size_t i = 0;
  for (auto _ : state) {
    T sum = a[i] + b[i];
    benchmark::DoNotOptimize(sum);
    i = (i + 1) & (value_count - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

template <typename T>
void bench_multiply(benchmark::State& state) {
  const std::vector<T> a = values<T>(0);
  const std::vector<T> b = values<T>(second_offset);
  std::size_t i = 0;
  for (auto _ : state) {
    T product = a[i] * b[i];
    benchmark::DoNotOptimize(product);
    i = (i + 1) & (value_count - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

// A ratio such as 完成率 = actual / target. jixiao rounds to its default 18 decimals (half-up);
// the peers divide in their own precision.
template <typename T>
T quotient(const T& a, const T& b) {
  return a / b;
}

template <>
jixiao::Decimal quotient(const jixiao::Decimal& a, const jixiao::Decimal& b) {
  return jixiao::Decimal::divide(a, b);
}

template <typename T>
void bench_divide(benchmark::State& state) {
  const std::vector<T> a = values<T>(0);
  const std::vector<T> b = values<T>(second_offset);
  std::size_t i = 0;
  for (auto _ : state) {
    T result = quotient(a[i], b[i]);
    benchmark::DoNotOptimize(result);
    i = (i + 1) & (value_count - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

// Same quotient rounded to 6 decimals (a fen in 万元), the scale reports print.
void bench_divide_scale6_jixiao(benchmark::State& state) {
  const auto a = values<jixiao::Decimal>(0);
  const auto b = values<jixiao::Decimal>(second_offset);
  std::size_t i = 0;
  for (auto _ : state) {
    jixiao::Decimal result = jixiao::Decimal::divide(a[i], b[i], 6);
    benchmark::DoNotOptimize(result);
    i = (i + 1) & (value_count - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

template <typename T>
T parse(const std::string& text);

template <>
jixiao::Decimal parse(const std::string& text) {
  return jixiao::Decimal::parse(text);
}

template <>
double parse(const std::string& text) {
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

template <>
DecFloat parse(const std::string& text) {
  return DecFloat(text);
}

template <typename T>
void bench_parse(benchmark::State& state) {
  const std::vector<std::string>& texts = money_texts();
  std::size_t i = 0;
  for (auto _ : state) {
    T value = parse<T>(texts[i]);
    benchmark::DoNotOptimize(value);
    i = (i + 1) & (value_count - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

template <typename T>
std::string format(const T& value);

template <>
std::string format(const jixiao::Decimal& value) {
  return value.to_string();
}

template <>
std::string format(const double& value) {
  // Shortest round-trip text, the double counterpart of Decimal::to_string().
  std::array<char, 32> buffer;
  const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
  return std::string(buffer.data(), end);
}

template <>
std::string format(const DecFloat& value) {
  return value.str();
}

template <typename T>
void bench_format(benchmark::State& state) {
  const std::vector<T> a = values<T>(0);
  std::size_t i = 0;
  for (auto _ : state) {
    std::string text = format(a[i]);
    benchmark::DoNotOptimize(text.data());
    benchmark::ClobberMemory();
    i = (i + 1) & (value_count - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK(bench_add<jixiao::Decimal>)->Name("add/jixiao");
BENCHMARK(bench_add<double>)->Name("add/double");
BENCHMARK(bench_add<DecFloat>)->Name("add/cpp_dec_float_50");
BENCHMARK(bench_multiply<jixiao::Decimal>)->Name("multiply/jixiao");
BENCHMARK(bench_multiply<double>)->Name("multiply/double");
BENCHMARK(bench_multiply<DecFloat>)->Name("multiply/cpp_dec_float_50");
BENCHMARK(bench_divide<jixiao::Decimal>)->Name("divide/jixiao");
BENCHMARK(bench_divide_scale6_jixiao)->Name("divide/jixiao_scale6");
BENCHMARK(bench_divide<double>)->Name("divide/double");
BENCHMARK(bench_divide<DecFloat>)->Name("divide/cpp_dec_float_50");
BENCHMARK(bench_parse<jixiao::Decimal>)->Name("parse/jixiao");
BENCHMARK(bench_parse<double>)->Name("parse/double");
BENCHMARK(bench_parse<DecFloat>)->Name("parse/cpp_dec_float_50");
BENCHMARK(bench_format<jixiao::Decimal>)->Name("format/jixiao");
BENCHMARK(bench_format<double>)->Name("format/double");
BENCHMARK(bench_format<DecFloat>)->Name("format/cpp_dec_float_50");

}  // namespace

BENCHMARK_MAIN();
