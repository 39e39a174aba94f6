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
#include "support/files.hpp"
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
// ---- The same inputs through the C ABI ---------------------------------------------------------
//
// Each C entry point must give what the C++ function it wraps gives (which the test above holds
// to the manifest): the same reading, or the same code, byte offset and JSON Pointer. One
// documented difference: jx_target_parse refuses invalid UTF-8 with JX_E_INVALID_UTF8 at the bad
// byte, where parse_target returns a vague target with an invalid_utf8 diagnostic there.

/// A failed C call as an Error-like outcome read from jx_last_error().
Outcome capi_failure(int status) {
  const jx_error* last = jx_last_error();
  EXPECT_EQ(last->code, status);
  EXPECT_FALSE(text::find_invalid_utf8(last->message)) << "the message is not valid UTF-8";
  EXPECT_FALSE(text::find_invalid_utf8(last->message_zh));
  EXPECT_FALSE(text::find_invalid_utf8(last->message_en));
  ErrorLocation where;
  if (last->byte_offset >= 0) where.byte_offset = static_cast<std::size_t>(last->byte_offset);
  where.json_path = last->json_path;
  Outcome outcome;
  outcome.error = Error(static_cast<ErrorCode>(-status), last->message_zh, last->message_en, where);
  return outcome;
}

/// Takes a string the C ABI handed out for the caller to free.
std::string take(char* text) {
  std::string copy = text == nullptr ? std::string() : std::string(text);
  jx_free(text);
  return copy;
}

Outcome capi_decimal(std::string_view input, const Expectation&) {
  jx_decimal* value = nullptr;
  const int status = jx_decimal_parse(input.data(), input.size(), &value);
  if (status != JX_OK) return capi_failure(status);
  char* text = nullptr;
  EXPECT_EQ(jx_decimal_to_string(value, &text), JX_OK);
  jx_decimal_free(value);
  Outcome outcome;
  outcome.accepted = true;
  outcome.reading = take(text);
  return outcome;
}

/// Reads a document with the loader its schema names, as an ERP integration does.
Outcome capi_document(std::string_view input, const Expectation& expect) {
  int kind = 0;
  int status = jx_document_kind_of_json(input.data(), input.size(), nullptr, &kind);
  if (status != JX_OK) {
    // The kind probe reads only the schema member; a document it accepts may still be refused,
    // but one it refuses must be refused by load_document too: compare with the full loader.
    jx_declaration* declaration = nullptr;
    const int load = jx_declaration_load_json(input.data(), input.size(), nullptr, &declaration);
    jx_declaration_free(declaration);
    if (load == JX_OK) ADD_FAILURE() << "jx_document_kind_of_json refused a declaration";
    return capi_failure(status);
  }
  char* json = nullptr;
  std::string schema;
  if (kind == JX_DOCUMENT_DECLARATION) {
    jx_declaration* document = nullptr;
    status = jx_declaration_load_json(input.data(), input.size(), nullptr, &document);
    if (status == JX_OK) {
      EXPECT_EQ(jx_declaration_to_json(document, &json), JX_OK);
    }
    jx_declaration_free(document);
    schema = declaration_schema;
  } else if (kind == JX_DOCUMENT_SELF_EVALUATION) {
    jx_self_evaluation* document = nullptr;
    status = jx_self_evaluation_load_json(input.data(), input.size(), nullptr, &document);
    if (status == JX_OK) {
      EXPECT_EQ(jx_self_evaluation_to_json(document, &json), JX_OK);
    }
    jx_self_evaluation_free(document);
    schema = self_evaluation_schema;
  } else {
    EXPECT_EQ(kind, JX_DOCUMENT_MONITORING_REPORT);
    jx_monitoring_report* document = nullptr;
    status = jx_monitoring_report_load_json(input.data(), input.size(), nullptr, &document);
    if (status == JX_OK) {
      EXPECT_EQ(jx_monitoring_report_to_json(document, &json), JX_OK);
    }
    jx_monitoring_report_free(document);
    schema = monitoring_report_schema;
  }
  if (status != JX_OK) return capi_failure(status);
  const std::string normal = take(json);
  // The C ABI writes exactly the normal form the C++ writer does.
  EXPECT_EQ(normal, write_document(load_document(input)));
  Outcome outcome;
  outcome.accepted = true;
  outcome.reading = !expect.reading.empty() && expect.reading.front() != '/'
                        ? schema
                        : json_reading(normal, expect.reading);
  return outcome;
}

Outcome capi_policy(std::string_view input, const Expectation& expect) {
  jx_policy* policy = nullptr;
  const int status = jx_policy_load_json(input.data(), input.size(), nullptr, &policy);
  if (status != JX_OK) return capi_failure(status);
  char* json = nullptr;
  EXPECT_EQ(jx_policy_to_json(policy, &json), JX_OK);
  const char* name = nullptr;
  EXPECT_EQ(jx_policy_get_text(policy, JX_POLICY_NAME, 0, &name, nullptr), JX_OK);
  Outcome outcome;
  outcome.accepted = true;
  const std::string normal = take(json);
  EXPECT_EQ(normal, write_policy(read_policy(input)));
  outcome.reading = !expect.reading.empty() && expect.reading.front() != '/'
                        ? std::string(name)
                        : json_reading(normal, expect.reading);
  jx_policy_free(policy);
  return outcome;
}

std::string target_text(const jx_target* target, int field, std::size_t row = 0) {
  const char* text = nullptr;
  std::size_t length = 0;
  EXPECT_EQ(jx_target_get_text(target, field, row, &text, &length), JX_OK);
  return std::string(text, length);
}

Outcome capi_target(std::string_view input, const Expectation&) {
  jx_target* target = nullptr;
  const int status = jx_target_parse(input.data(), input.size(), &target);
  if (status != JX_OK) {
    // The documented difference: a vague target with an invalid_utf8 diagnostic in C++.
    Outcome outcome = capi_failure(status);
    EXPECT_EQ(status, JX_E_INVALID_UTF8);
    return outcome;
  }
  Outcome outcome;
  outcome.accepted = true;
  EXPECT_EQ(target_text(target, JX_TARGET_TEXT), input) << "the text is kept byte for byte";
  outcome.reading =
      target_text(target, JX_TARGET_KIND) + " " + target_text(target, JX_TARGET_CANONICAL);
  std::size_t diagnostics = 0;
  EXPECT_EQ(jx_target_count(target, JX_TARGET_DIAGNOSTICS, &diagnostics), JX_OK);
  for (std::size_t row = 0; row < diagnostics; ++row) {
    std::int64_t at = -1;
    EXPECT_EQ(jx_target_get_int(target, JX_TARGET_DIAGNOSTIC_BYTE_OFFSET, row, &at), JX_OK);
    outcome.reading +=
        " !" + target_text(target, JX_TARGET_DIAGNOSTIC_CODE, row) + "@" + std::to_string(at);
  }
  jx_target_free(target);
  return outcome;
}

Outcome capi_formula(std::string_view input, const Expectation&) {
  jx_formula* formula = nullptr;
  int status = jx_formula_compile(input.data(), input.size(), nullptr, &formula);
  if (status != JX_OK) return capi_failure(status);
  std::size_t variables = 0;
  EXPECT_EQ(jx_formula_count(formula, JX_FORMULA_VARIABLES, &variables), JX_OK);
  Outcome outcome;
  if (variables == 0) {
    char* value = nullptr;
    status = jx_formula_eval_text(formula, nullptr, 0, JX_MISSING_ERROR, &value);
    if (status != JX_OK) {
      outcome = capi_failure(status);
    } else {
      outcome.accepted = true;
      outcome.reading = value == nullptr ? "no value" : take(value);
    }
  } else {
    outcome.accepted = true;
    outcome.reading = "variables: ";
    for (std::size_t row = 0; row < variables; ++row) {
      const char* name = nullptr;
      std::size_t length = 0;
      EXPECT_EQ(jx_formula_get_text(formula, JX_FORMULA_VARIABLE_NAME, row, &name, &length), JX_OK);
      outcome.reading += (row == 0 ? "" : ",") + std::string(name, length);
    }
  }
  jx_formula_free(formula);
  return outcome;
}

/// The parsers whose text entry point the C ABI has.
const std::map<std::string, Runner>& capi_runners() {
  static const std::map<std::string, Runner> runners{
      {"decimal", capi_decimal}, {"document", capi_document}, {"policy", capi_policy},
      {"target", capi_target},   {"formula", capi_formula},
  };
  return runners;
}

TEST(BadInputCatalogue, TheCAbiGivesWhatTheCxxApiGives) {
  std::size_t replayed = 0;
  for (const ManifestRow& row : manifest()) {
    const auto runner = capi_runners().find(row.parser);
    if (runner == capi_runners().end()) continue;
    SCOPED_TRACE(describe(row));
    // An exactly sized buffer, compared afterwards: the C ABI must not write to its input.
    const std::string input = row.build();
    std::vector<char> buffer(input.begin(), input.end());
    const std::string_view view(buffer.data(), buffer.size());
    const Outcome c = runner->second(view, row.expect);
    EXPECT_EQ(view, input) << "the C ABI modified its input";
    const Outcome cxx = cxx_runners().at(row.parser)(input, row.expect);
    if (row.parser == "target" && !c.accepted) {
      // parse_target's vague reading ends with the invalid_utf8 diagnostic at the bad byte.
      ASSERT_TRUE(c.error && cxx.accepted);
      EXPECT_NE(cxx.reading.find("!invalid_utf8@" +
                                 std::to_string(c.error->location().byte_offset.value_or(0))),
                std::string::npos)
          << cxx.reading;
    } else if (cxx.accepted) {
      ASSERT_TRUE(c.accepted) << "refused through the C ABI: " << c.error->what();
      EXPECT_EQ(c.reading, cxx.reading);
    } else if (!c.accepted && c.error->code() == ErrorCode::invalid_utf8 &&
               text::find_invalid_utf8(input) == c.error->location().byte_offset) {
      // The C ABI checks its text for UTF-8 before anything else (jixiao.h, conventions); the
      // C++ reader may meet another problem first.
    } else {
      ASSERT_FALSE(c.accepted) << "accepted through the C ABI: " << c.reading;
      EXPECT_EQ(c.error->code(), cxx.error->code()) << c.error->what();
      EXPECT_EQ(c.error->location().byte_offset, cxx.error->location().byte_offset)
          << c.error->what();
      EXPECT_EQ(c.error->location().json_path, cxx.error->location().json_path) << c.error->what();
    }
    ++replayed;
  }
  EXPECT_EQ(replayed, manifest().size()) << "every parser of the catalogue has a C entry point";
}

TEST(BadInputCatalogue, AFailedWriteThroughTheCAbiLeavesTheDocumentUnchanged) {
  const std::string example = testing::read_source_file("examples/panyu-2023/declaration.json");
  jx_declaration* declaration = nullptr;
  ASSERT_EQ(jx_declaration_load_json(example.data(), example.size(), nullptr, &declaration), JX_OK);
  const auto snapshot = [&] {
    char* json = nullptr;
    EXPECT_EQ(jx_declaration_to_json(declaration, &json), JX_OK);
    return take(json);
  };
  // Fields an ERP writes from text, row 0 of their collection: typed ones (a decimal, an enum, a
  // boolean, an integer) and a free text (the 指标值, which refuses only invalid UTF-8).
  const int fields[] = {JX_INDICATOR_WEIGHT,        JX_INDICATOR_ANNUAL_TARGET,
                        JX_INDICATOR_VALUE_SOURCE,  JX_INDICATOR_CORE,
                        JX_DECLARATION_FISCAL_YEAR, JX_DECLARATION_KIND,
                        JX_DECLARATION_BUDGET_UNIT, JX_KEY_TASK_PLANNED_FUNDING};
  std::size_t refused = 0;
  for (const ManifestRow& row : manifest()) {
    if (row.parser != "decimal" || row.expect.accepted) continue;
    const std::string input = row.build();
    for (const int field : fields) {
      const std::string before = snapshot();
      if (jx_declaration_set_text(declaration, field, 0, input.data(), input.size()) == JX_OK) {
        continue;  // an accepted write is the caller's request; the next one starts from it
      }
      ++refused;
      EXPECT_EQ(snapshot(), before)
          << "a refused write changed the document: " << describe(row) << ", field " << field;
    }
    const std::size_t top[] = {0};
    const std::string before = snapshot();
    if (jx_declaration_budget_set_text(declaration, JX_BUDGET_EXPENDITURE, top, 1,
                                       JX_BUDGET_LINE_AMOUNT, input.data(),
                                       input.size()) != JX_OK) {
      ++refused;
      EXPECT_EQ(snapshot(), before)
          << "a refused budget amount changed the document: " << describe(row);
    }
  }
  jx_declaration_free(declaration);
  EXPECT_GE(refused, 100u) << "the hostile texts should be refused by the typed fields";
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
