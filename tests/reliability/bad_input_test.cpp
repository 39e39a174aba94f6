// Replays the bad-input catalogue (tests/data/bad-input/manifest.tsv) through the C++ API and,
// where the C ABI has the entry point, through the C ABI:
// - every input gives exactly its documented outcome (error code and location, or the reading);
// - every error is usable (both messages valid UTF-8, offset inside the input);
// - nothing is modified: the caller's buffer, the catalogue's files, and an accepted document,
//   whose normal form reads back to the same normal form;
// - the work is linear: an input with a repeated part costs at most a generous constant times
//   ten times as much when the part is repeated ten times as often.
#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "bad_input_manifest.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/document_json.hpp"
#include "jixiao/error.hpp"
#include "jixiao/formula.hpp"
#include "jixiao/policy.hpp"
#include "jixiao/target.hpp"
#include "text/utf8.hpp"

#if defined(JIXIAO_TEST_CAPI)
#include "jixiao.h"
#endif

namespace jixiao {
namespace {

using testing::Expectation;
using testing::ManifestRow;

const std::string catalogue_directory = std::string(JIXIAO_SOURCE_DIR) + "/tests/data/bad-input";

/// What a parser did with an input.
struct Outcome {
  bool accepted = false;
  std::string reading;  ///< accepted: in the form the row's expectation uses
  std::optional<Error> error;
};

/// The reading of an accepted JSON text for a query of the manifest:
/// "/pointer=value" (a string member's text, or any other value as compact JSON),
/// "/pointer#bytes=N" (the length of a string member), or "" (nothing to compare).
std::string json_reading(const std::string& normal_form, const std::string& query) {
  if (query.empty() || query.front() != '/') return query;
  const std::size_t hash = query.find("#bytes=");
  const std::size_t equals = query.find('=');
  const std::string pointer = query.substr(0, std::min(hash, equals));
  const boost::json::value value = boost::json::parse(normal_form);
  boost::json::error_code missing;
  const boost::json::value* found = value.find_pointer(pointer, missing);
  if (found == nullptr) return pointer + " (absent)";
  if (hash != std::string::npos) {
    return pointer + "#bytes=" +
           std::to_string(found->is_string() ? found->as_string().size() : std::size_t{0});
  }
  return pointer + "=" +
         (found->is_string() ? std::string(found->as_string()) : boost::json::serialize(*found));
}

template <typename Parse>
Outcome attempt(Parse&& parse) {
  Outcome outcome;
  try {
    outcome.reading = parse();
    outcome.accepted = true;
  } catch (const Error& error) {
    outcome.error = error;
  }
  return outcome;
}

Outcome run_decimal(std::string_view input, const Expectation&) {
  return attempt([&] { return Decimal::parse(input).to_string(); });
}

Outcome run_document(std::string_view input, const Expectation& expect) {
  return attempt([&] {
    const Document document = load_document(input);
    const std::string normal = write_document(document);
    // Reading the normal form back must give the same normal form: nothing accepted is lost.
    EXPECT_EQ(write_document(load_document(normal)), normal);
    if (!expect.reading.empty() && expect.reading.front() != '/') {
      return std::string(document_schema(document));
    }
    return json_reading(normal, expect.reading);
  });
}

Outcome run_policy(std::string_view input, const Expectation& expect) {
  return attempt([&] {
    const Policy policy = read_policy(input);
    const std::string normal = write_policy(policy);
    EXPECT_EQ(write_policy(read_policy(normal)), normal);
    if (!expect.reading.empty() && expect.reading.front() != '/') return policy.name;
    return json_reading(normal, expect.reading);
  });
}

/// 指标值: parse_target never throws; the reading is "<kind> <format(t)>", followed by
/// " !<diagnostic>@<byte offset>" for each diagnostic.
Outcome run_target(std::string_view input, const Expectation&) {
  return attempt([&] {
    const Target target = parse_target(input);
    EXPECT_EQ(target.text, input) << "the text is kept byte for byte";
    std::string reading = std::string(to_string(target.kind)) + " " + format(target);
    for (const auto& diagnostic : target.diagnostics) {
      reading += " !" + std::string(to_string(diagnostic.code)) + "@" +
                 std::to_string(diagnostic.byte_offset);
    }
    return reading;
  });
}

/// Formulas: compiled with the default options; a formula without variables is evaluated
/// exactly and read as its value, one with variables as "variables: a,b".
Outcome run_formula(std::string_view input, const Expectation&) {
  return attempt([&] {
    const Formula formula = Formula::compile(input);
    if (formula.variables().empty()) {
      const auto value = formula.evaluate(std::span<const std::optional<Decimal>>{});
      return value ? value->to_string() : std::string("no value");
    }
    std::string names = "variables: ";
    for (const auto& variable : formula.variables()) {
      names += (names.back() == ' ' ? "" : ",") + variable.name;
    }
    return names;
  });
}

using Runner = std::function<Outcome(std::string_view, const Expectation&)>;

const std::map<std::string, Runner>& cxx_runners() {
  static const std::map<std::string, Runner> runners{
      {"decimal", run_decimal}, {"document", run_document}, {"policy", run_policy},
      {"target", run_target},   {"formula", run_formula},
  };
  return runners;
}

std::string describe(const ManifestRow& row) {
  return "manifest.tsv line " + std::to_string(row.line) + " (" + row.id + ", " + row.parser +
         "): " + row.note;
}

void check_outcome(const ManifestRow& row, std::string_view input, const Outcome& outcome) {
  SCOPED_TRACE(describe(row));
  const Expectation& expect = row.expect;
  if (expect.accepted) {
    ASSERT_TRUE(outcome.accepted) << "refused: " << outcome.error->what();
    if (!expect.reading.empty()) {
      EXPECT_EQ(outcome.reading, expect.reading);
    }
    return;
  }
  ASSERT_FALSE(outcome.accepted) << "accepted, reading " << outcome.reading;
  const Error& error = *outcome.error;
  EXPECT_EQ(error_code_name(error.code()), expect.code) << error.what();
  if (expect.byte_offset) {
    EXPECT_EQ(error.location().byte_offset, expect.byte_offset) << error.what();
  }
  if (expect.json_path) {
    EXPECT_EQ(error.location().json_path, *expect.json_path) << error.what();
  }
  EXPECT_FALSE(error.message_zh().empty());
  EXPECT_FALSE(error.message_en().empty());
  EXPECT_FALSE(text::find_invalid_utf8(error.what())) << "the message quotes invalid UTF-8";
  if (const auto at = error.location().byte_offset) {
    EXPECT_LE(*at, input.size());
  }
}

std::map<std::string, std::string> catalogue_files() {
  std::map<std::string, std::string> contents;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(catalogue_directory)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    contents[entry.path().string()] = bytes.str();
  }
  return contents;
}

const std::vector<ManifestRow>& manifest() {
  static const std::vector<ManifestRow> rows = testing::read_manifest(catalogue_directory);
  return rows;
}

TEST(BadInputCatalogue, HasSixtyDistinctRowsForKnownParsers) {
  std::set<std::string> ids;
  std::map<std::string, int> per_parser;
  for (const ManifestRow& row : manifest()) {
    EXPECT_TRUE(ids.insert(row.id).second) << "duplicate id " << describe(row);
    EXPECT_TRUE(cxx_runners().count(row.parser)) << "unknown parser " << describe(row);
    EXPECT_FALSE(row.note.empty()) << describe(row);
    ++per_parser[row.parser];
  }
  EXPECT_GE(manifest().size(), 60u);
  for (const auto& [parser, runner] : cxx_runners()) {
    EXPECT_GE(per_parser[parser], 5) << parser << " needs its own hostile inputs";
  }
}

TEST(BadInputCatalogue, EveryInputGivesItsDocumentedOutcomeAndChangesNothing) {
  const auto files_before = catalogue_files();
  for (const ManifestRow& row : manifest()) {
    const std::string input = row.build();
    const std::string pristine = input;
    const Outcome outcome = cxx_runners().at(row.parser)(input, row.expect);
    check_outcome(row, input, outcome);
    EXPECT_EQ(input, pristine) << "the input buffer was modified: " << describe(row);
  }
  EXPECT_EQ(catalogue_files(), files_before) << "a catalogue file was modified";
}

#if defined(JIXIAO_TEST_CAPI)
/// What a C ABI entry point did with an input: its status, the last error, and the reading.
struct CapiOutcome {
  int status = JX_OK;
  std::int64_t byte_offset = -1;
  std::string json_path;
  std::string reading;
};

CapiOutcome capi_decimal(std::string_view input) {
  CapiOutcome outcome;
  jx_decimal* value = nullptr;
  outcome.status = jx_decimal_parse(input.data(), input.size(), &value);
  if (outcome.status == JX_OK) {
    char* text = nullptr;
    EXPECT_EQ(jx_decimal_to_string(value, &text), JX_OK);
    outcome.reading = text;
    jx_free(text);
    jx_decimal_free(value);
  }
  return outcome;
}

using CapiRunner = std::function<CapiOutcome(std::string_view)>;

/// The parsers whose text entry point the C ABI has.
const std::map<std::string, CapiRunner>& capi_runners() {
  static const std::map<std::string, CapiRunner> runners{
      {"decimal", capi_decimal},
  };
  return runners;
}

int capi_status_of(const std::string& code_name) {
  for (int code = 1; code <= static_cast<int>(ErrorCode::internal_error); ++code) {
    if (error_code_name(static_cast<ErrorCode>(code)) == code_name) return -code;
  }
  ADD_FAILURE() << "unknown error code name " << code_name;
  return JX_OK;
}

TEST(BadInputCatalogue, TheCAbiGivesTheSameOutcome) {
  std::size_t replayed = 0;
  for (const ManifestRow& row : manifest()) {
    const auto runner = capi_runners().find(row.parser);
    if (runner == capi_runners().end()) continue;
    SCOPED_TRACE(describe(row));
    // An exactly sized buffer, compared afterwards: the C ABI must not write to its input.
    const std::string input = row.build();
    std::vector<char> buffer(input.begin(), input.end());
    const CapiOutcome outcome = runner->second(std::string_view(buffer.data(), buffer.size()));
    EXPECT_EQ(std::string_view(buffer.data(), buffer.size()), input) << "input modified";
    if (row.expect.accepted) {
      EXPECT_EQ(outcome.status, JX_OK) << jx_last_error()->message;
      if (!row.expect.reading.empty()) {
        EXPECT_EQ(outcome.reading, row.expect.reading);
      }
    } else {
      const jx_error* last = jx_last_error();
      EXPECT_EQ(outcome.status, capi_status_of(row.expect.code)) << last->message;
      EXPECT_EQ(last->code, outcome.status);
      if (row.expect.byte_offset) {
        EXPECT_EQ(last->byte_offset, static_cast<std::int64_t>(*row.expect.byte_offset));
      }
      if (row.expect.json_path) {
        EXPECT_EQ(std::string(last->json_path), *row.expect.json_path);
      }
      EXPECT_FALSE(text::find_invalid_utf8(last->message)) << "the message is not valid UTF-8";
    }
    ++replayed;
  }
  EXPECT_GE(replayed, 30u) << "every parser with a C entry point replays its rows";
}
#endif

/// Process CPU time per call of `run(input)`, averaged over enough calls to fill 50 ms, so that
/// short calls are measured as precisely as long ones.
double cpu_seconds_per_call(const Runner& run, const std::string& input,
                            const Expectation& expect) {
  const std::clock_t start = std::clock();
  std::size_t calls = 0;
  std::clock_t now = start;
  do {
    static_cast<void>(run(input, expect));
    ++calls;
    now = std::clock();
  } while (now - start < CLOCKS_PER_SEC / 20);
  return static_cast<double>(now - start) / CLOCKS_PER_SEC / static_cast<double>(calls);
}

TEST(BadInputCatalogue, WorkGrowsLinearlyWithTheRepeatedPart) {
  // Ten times the input may cost up to 40 times as much, times however much more than ten times
  // a plain copy of the input costs (a 10 MB buffer does not stay in cache, a 1 MB one does):
  // room for memory effects, far below the 100 times of a quadratic parser.
  constexpr double generous_factor = 40;
  const Runner copy = [](std::string_view input, const Expectation&) {
    Outcome outcome;
    outcome.reading = std::string(input);
    outcome.accepted = std::count(outcome.reading.begin(), outcome.reading.end(), '\0') >= 0;
    return outcome;
  };
  std::size_t checked = 0;
  for (const ManifestRow& row : manifest()) {
    if (row.largest_repeat() < 1000) continue;
    SCOPED_TRACE(describe(row));
    const Runner& run = cxx_runners().at(row.parser);
    const std::string tenth = row.build(1, 10);
    const std::string whole = row.build();
    const double small = cpu_seconds_per_call(run, tenth, row.expect);
    const double large = cpu_seconds_per_call(run, whole, row.expect);
    const double memory_effect =
        std::max(1.0, cpu_seconds_per_call(copy, whole, row.expect) /
                          cpu_seconds_per_call(copy, tenth, row.expect) / 10);
    EXPECT_LE(large, generous_factor * memory_effect * small)
        << tenth.size() << " bytes: " << small << " s; " << whole.size() << " bytes: " << large
        << " s; a copy grows " << memory_effect << " times faster than linear";
    ++checked;
  }
  EXPECT_GE(checked, 8u) << "the catalogue should keep its large inputs";
}

}  // namespace
}  // namespace jixiao
