// The JSON document format: round trips, unknown members, the normal form the writer produces,
// and the exact error (code and location) for each kind of malformed document.
#include "jixiao/document_json.hpp"

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <variant>

#include "jixiao/error.hpp"
#include "support/files.hpp"

namespace jixiao {
namespace {

namespace json = boost::json;
using testing::read_source_file;

const std::string& project_declaration_text() {
  static const std::string text = read_source_file("tests/data/documents/project-declaration.json");
  return text;
}

// ---------------------------------------------------------------------------------------------
// Round trips and unknown members

TEST(DocumentRoundTrip, NormalFormDocumentsSurviveByteForByte) {
  for (const char* name :
       {"project-declaration.json", "self-evaluation.json", "monitoring-report.json"}) {
    SCOPED_TRACE(name);
    const std::string text = read_source_file(std::string("tests/data/documents/") + name);
    EXPECT_EQ(write_document(load_document(text)), text);
  }
}

TEST(DocumentRoundTrip, LoadSaveLoadGivesTheSameModelAndValue) {
  for (const char* name :
       {"project-declaration.json", "self-evaluation.json", "monitoring-report.json"}) {
    SCOPED_TRACE(name);
    const std::string text = read_source_file(std::string("tests/data/documents/") + name);
    const Document first = load_document(text);
    const std::string saved = write_document(first);
    const Document second = load_document(saved);
    EXPECT_EQ(first, second);
    EXPECT_EQ(json::parse(saved), json::parse(text));
  }
}

TEST(DocumentRoundTrip, UnknownMembersAreKeptAtEveryLevel) {
  const Declaration declaration = read_declaration(project_declaration_text());
  EXPECT_EQ(declaration.extra.at("审批状态"), "已提交");
  EXPECT_EQ(declaration.extra.at("erp").at("system"), "示例一体化系统");
  EXPECT_EQ(declaration.department.extra.at("erp_unit_id"), "U-0042");
  EXPECT_EQ(declaration.budget.extra.at("erp_budget_version"), "V3");
  EXPECT_EQ(declaration.budget.expenditure[0].children[1].extra.at("erp_line"), 7);
  const json::object& erp = declaration.indicators[1].extra.at("erp_indicator").as_object();
  EXPECT_EQ(erp.at("tags"), (json::array{"校舍", "安全"}));
  EXPECT_EQ(erp.at("checked"), true);
  EXPECT_TRUE(erp.at("reviewer").is_null());
  EXPECT_EQ(erp.at("版本"), 2);
}

TEST(DocumentRoundTrip, UnknownMembersInterleavedWithKnownOnesSurviveAsTheSameValue) {
  // An ERP that inserts its fields anywhere, with numbers of every JSON kind.
  const std::string text = R"({
    "erp_first": {"nested": [1, -2, 18446744073709551615, 0.1, 1e300, true, null, "文字"]},
    "schema": "jixiao.declaration/1",
    "kind": "department", "x_between": [], "fiscal_year": 2023,
    "department": {"x_dept": {}, "name": "某局"},
    "taxonomy": "2015", "goals": {}, "budget": {"unit": "元", "x": "y"},
    "key_tasks": [{"name": "任务", "x_task": "保留"}], "indicators": []
  })";
  const std::string saved = write_declaration(read_declaration(text));
  json::value expected = json::parse(text);
  const json::value actual = json::parse(saved);
  // The writer adds the members the reader treats as absent (null optionals); everything the
  // input had is in the output with the same value.
  for (const auto& member : expected.as_object()) {
    SCOPED_TRACE(std::string(member.key()));
    ASSERT_TRUE(actual.as_object().contains(member.key()));
    if (member.key() == "department" || member.key() == "goals" || member.key() == "key_tasks" ||
        member.key() == "budget")
      continue;
    EXPECT_EQ(actual.at(member.key()), member.value());
  }
  EXPECT_EQ(actual.at("department").at("x_dept"), json::object{});
  EXPECT_EQ(actual.at("budget").at("x"), "y");
  EXPECT_EQ(actual.at("key_tasks").at(0).at("x_task"), "保留");
  // And from then on the document is a fixed point.
  EXPECT_EQ(write_declaration(read_declaration(saved)), saved);
}

TEST(DocumentRoundTrip, AmountsKeepTheirWrittenScale) {
  const Declaration declaration = read_declaration(project_declaration_text());
  const BudgetLine& line = declaration.budget.expenditure[0];
  ASSERT_TRUE(line.amount);
  EXPECT_EQ(line.amount->scale(), 4);
  EXPECT_EQ(*line.amount, Decimal::parse("480.5"));
  EXPECT_NE(write_declaration(declaration).find(R"("amount": "480.5000")"), std::string::npos);
}

TEST(DocumentRoundTrip, ReaderAcceptsFormSpellingsOfAmountsAndWritesThemPlain) {
  std::string text = project_declaration_text();
  const std::string from = R"("amount": "450.50")";
  text.replace(text.find(from), from.size(), R"("amount": "  ４５０.５０ ")");
  const Declaration declaration = read_declaration(text);
  EXPECT_EQ(declaration.budget.expenditure[0].children[0].amount->to_string(2), "450.50");
  EXPECT_EQ(write_declaration(declaration), project_declaration_text());
}

TEST(DocumentRoundTrip, EnumsReadFromTheirChineseFormLabels) {
  std::string text = project_declaration_text();
  const std::string from = R"("kind": "project")";
  text.replace(text.find(from), from.size(), R"("kind": "项目支出")");
  EXPECT_EQ(read_declaration(text).kind, DeclarationKind::project);
  EXPECT_EQ(write_declaration(read_declaration(text)), project_declaration_text());
}

TEST(DocumentRoundTrip, LeadingByteOrderMarkIsAccepted) {
  const std::string text = "\xEF\xBB\xBF" + project_declaration_text();
  EXPECT_EQ(write_declaration(read_declaration(text)), project_declaration_text());
}

TEST(DocumentRoundTrip, LoadDocumentDispatchesOnSchema) {
  const Document declaration = load_document(project_declaration_text());
  EXPECT_TRUE(std::holds_alternative<Declaration>(declaration));
  EXPECT_EQ(document_schema(declaration), "jixiao.declaration/1");
  const Document evaluation =
      load_document(read_source_file("tests/data/documents/self-evaluation.json"));
  ASSERT_TRUE(std::holds_alternative<SelfEvaluation>(evaluation));
  EXPECT_EQ(document_schema(evaluation), "jixiao.self-evaluation/1");
  const auto& se = std::get<SelfEvaluation>(evaluation);
  EXPECT_EQ(se.budget_unit, AmountUnit::yuan);
  EXPECT_EQ(se.indicators[1].grade, QualitativeGrade::partly_met);
  EXPECT_EQ(*se.indicators[1].deduction, Decimal::parse("0.5"));
  EXPECT_EQ(se.grade, EvaluationGrade::good);
  EXPECT_EQ(*se.budget_execution[0].adjustment, Decimal::parse("-200000"));
  const Document report =
      load_document(read_source_file("tests/data/documents/monitoring-report.json"));
  ASSERT_TRUE(std::holds_alternative<MonitoringReport>(report));
  const auto& mr = std::get<MonitoringReport>(report);
  EXPECT_EQ(mr.month, 7);
  EXPECT_EQ(mr.indicators[1].deviation_causes,
            (std::vector<DeviationCause>{DeviationCause::funding, DeviationCause::hardware}));
  EXPECT_EQ(mr.indicators[0].likelihood, CompletionLikelihood::certain);
}

TEST(DocumentRoundTrip, SelfEvaluationRefersToItsDeclaration) {
  const Declaration declaration = read_declaration(project_declaration_text());
  const SelfEvaluation evaluation =
      read_self_evaluation(read_source_file("tests/data/documents/self-evaluation.json"));
  EXPECT_TRUE(refers_to(evaluation.declaration, declaration));
  DeclarationRef other = evaluation.declaration;
  other.fiscal_year = 2023;
  EXPECT_FALSE(refers_to(other, declaration));
  EXPECT_TRUE(refers_to(reference_to(declaration), declaration));
}

// ---------------------------------------------------------------------------------------------
// The writer's normal form

TEST(DocumentWriter, WritesChineseAsUtf8AndEscapesOnlyWhatJsonRequires) {
  Declaration declaration;
  declaration.fiscal_year = 2023;
  declaration.department.name = "番禺区\"政务\"\\服务\n\t\x01局";
  const std::string text = write_declaration(declaration);
  EXPECT_NE(text.find(R"("name": "番禺区\"政务\"\\服务\n\t\u0001局")"), std::string::npos);
  EXPECT_EQ(text.find("\\u75"), std::string::npos);  // no \u escape of Chinese
  EXPECT_EQ(read_declaration(text).department.name, declaration.department.name);
}

TEST(DocumentWriter, MembersInDocumentedOrderThenExtrasInOriginalOrder) {
  Declaration declaration;
  declaration.fiscal_year = 2023;
  declaration.department.name = "某局";
  declaration.extra.emplace("z_last", 1);
  declaration.extra.emplace("a_second", 2);
  const std::string text = write_declaration(declaration);
  const auto at = [&](const char* key) { return text.find(std::string("\n  \"") + key + "\""); };
  EXPECT_EQ(text.rfind("{\n  \"schema\": \"jixiao.declaration/1\",\n  \"kind\": ", 0), 0u);
  EXPECT_LT(at("kind"), at("fiscal_year"));
  EXPECT_LT(at("indicators"), at("note"));
  EXPECT_LT(at("note"), at("z_last"));
  EXPECT_LT(at("z_last"), at("a_second"));
  EXPECT_EQ(text.back(), '\n');
}

TEST(DocumentWriter, AbsentOptionalsAreNullExceptInBudgetLines) {
  Declaration declaration;
  declaration.fiscal_year = 2023;
  declaration.department.name = "某局";
  declaration.budget.expenditure.push_back(
      BudgetLine{"基本支出", {}, Decimal::parse("1.00"), {}, {}, {}});
  const json::value value = json::parse(write_declaration(declaration));
  EXPECT_TRUE(value.at("region_code").is_null());
  EXPECT_TRUE(value.at("department").at("code").is_null());
  EXPECT_EQ(value.at("budget").at("expenditure").at(0),
            (json::object{{"name", "基本支出"}, {"amount", "1.00"}}));
  EXPECT_EQ(value.at("key_tasks"), json::array{});
}

TEST(DocumentWriter, RefusesExtraMembersThatShadowDocumentedOnes) {
  Declaration declaration;
  declaration.fiscal_year = 2023;
  declaration.department.extra.emplace("name", "second name");
  try {
    write_declaration(declaration);
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::invalid_argument);
    EXPECT_EQ(error.location().json_path, "/department/name");
  }
  Declaration with_schema;
  with_schema.extra.emplace("schema", "jixiao.declaration/9");
  EXPECT_THROW(write_declaration(with_schema), Error);
}

TEST(DocumentWriter, RefusesInvalidUtf8InTheModel) {
  Declaration declaration;
  declaration.fiscal_year = 2023;
  declaration.indicators.resize(3);
  declaration.indicators[2].annual_target = std::string("标准\xC3(");
  try {
    write_declaration(declaration);
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::invalid_utf8);
    EXPECT_EQ(error.location().json_path, "/indicators/2/annual_target");
    EXPECT_EQ(error.location().byte_offset, 6u);
  }
}

TEST(DocumentWriter, RefusesBudgetTreesDeeperThanTheReaderAccepts) {
  Declaration declaration;
  declaration.fiscal_year = 2023;
  BudgetLine line{"leaf", {}, Decimal(1), {}, {}, {}};
  for (int i = 0; i < 40; ++i) {
    BudgetLine parent{"level", {}, {}, {}, {}, {}};
    parent.children.push_back(std::move(line));
    line = std::move(parent);
  }
  declaration.budget.expenditure.push_back(std::move(line));
  try {
    write_declaration(declaration);
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::limit_exceeded);
    EXPECT_EQ(error.location().json_path.rfind("/budget/expenditure/0/children/0/children/0", 0),
              0u);
  }
}

// ---------------------------------------------------------------------------------------------
// Malformed documents: each case names the exact error code and where it points.

struct Expected {
  ErrorCode code;
  std::string json_path;                   // "" when the error has no path
  std::optional<std::size_t> byte_offset;  // checked when set
};

Expected error_of(const auto& read) {
  try {
    read();
  } catch (const Error& error) {
    return {error.code(), error.location().json_path, error.location().byte_offset};
  }
  ADD_FAILURE() << "no error";
  return {ErrorCode::internal_error, "", std::nullopt};
}

void expect_error(const Expected& actual, ErrorCode code, const std::string& path) {
  EXPECT_EQ(error_code_name(actual.code), error_code_name(code));
  EXPECT_EQ(actual.json_path, path);
}

// The project declaration with the value at `pointer` replaced by `replacement`, or removed when
// `replacement` is nothing.
std::string mutated(const std::string& pointer, std::optional<json::value> replacement) {
  json::value document = json::parse(project_declaration_text());
  const auto slash = pointer.rfind('/');
  json::value& parent = slash == 0 ? document : document.at_pointer(pointer.substr(0, slash));
  const std::string last = pointer.substr(slash + 1);
  if (parent.is_object()) {
    if (replacement) {
      parent.as_object()[last] = *replacement;
    } else {
      parent.as_object().erase(last);
    }
  } else {
    parent.as_array().at(std::stoul(last)) = *replacement;
  }
  return json::serialize(document);
}

Expected declaration_error(const std::string& text) {
  return error_of([&] { read_declaration(text); });
}

// Boost.JSON holds numbers as int64, uint64 or double: a number none of them holds exactly would
// be written back changed, so the reader names it instead.
// The search for the invalid UTF-8 that Boost.JSON reports as a syntax error looks at a few bytes
// past where it stopped; cutting a character there must not look like invalid UTF-8.
TEST(MalformedDocument, ChineseTextThatIsNotJsonIsASyntaxErrorNotInvalidUtf8) {
  for (const char* text : {"不低于2}23", "不", "{\"a\": 不低于}", "[1, 完成]"}) {
    SCOPED_TRACE(text);
    const Expected error = declaration_error(text);
    EXPECT_EQ(error_code_name(error.code), error_code_name(ErrorCode::parse_error));
  }
  const Expected cut = declaration_error("{\"a\": \xE4\xB8}");  // "不" without its last byte
  EXPECT_EQ(error_code_name(cut.code), error_code_name(ErrorCode::invalid_utf8));
  EXPECT_EQ(cut.byte_offset, 6u);
}

TEST(MalformedDocument, ExtensionNumbersAreKeptExactlyOrRefusedWhereTheyStart) {
  const std::string head = R"({"schema": "jixiao.declaration/1", "kind": "department",
    "fiscal_year": 2023, "department": {"name": "某局"}, "taxonomy": "2015", "goals": {},
    "budget": {"unit": "元"}, "key_tasks": [], "indicators": [], "erp": )";
  for (const char* kept : {"0.10", "1e5", "-0.0", "123456789012345678", "18446744073709551615",
                           "-9223372036854775808", "2.5E-3", "1.7976931348623157e308", "5e-324"}) {
    SCOPED_TRACE(kept);
    const std::string text = head + kept + "}";
    const std::string saved = write_declaration(read_declaration(text));
    EXPECT_EQ(json::parse(saved).at("erp"), json::parse(text).at("erp"));
  }
  for (const char* refused :
       {"44011324000000000001", "-18446744073709551616", "0.1000000000000000001", "1e-400", "1e400",
        "123456789.123456789", "1.00000000000000000000001e5", "4.9e-324",
        "0.1000000000000000055511151231257827"}) {
    SCOPED_TRACE(refused);
    const Expected error = declaration_error(head + refused + "}");
    EXPECT_EQ(error_code_name(error.code), error_code_name(ErrorCode::parse_error));
    EXPECT_EQ(error.byte_offset, head.size());
  }
}

TEST(MalformedDocument, WrongTypes) {
  expect_error(declaration_error(mutated("/indicators/2/annual_target", json::value(12))),
               ErrorCode::document_error, "/indicators/2/annual_target");
  expect_error(declaration_error(mutated("/fiscal_year", json::value("2024"))),
               ErrorCode::document_error, "/fiscal_year");
  expect_error(declaration_error(mutated("/fiscal_year", json::value(2024.5))),
               ErrorCode::document_error, "/fiscal_year");
  expect_error(declaration_error(mutated("/indicators/0/core", json::value("true"))),
               ErrorCode::document_error, "/indicators/0/core");
  expect_error(declaration_error(mutated("/budget/expenditure/0/children", json::value("x"))),
               ErrorCode::document_error, "/budget/expenditure/0/children");
  expect_error(declaration_error(mutated("/indicators/1", json::value("指标"))),
               ErrorCode::document_error, "/indicators/1");
  expect_error(declaration_error(mutated("/goals", json::array{})), ErrorCode::document_error,
               "/goals");
  expect_error(declaration_error(mutated("/department/name", json::value(nullptr))),
               ErrorCode::document_error, "/department/name");
}

TEST(MalformedDocument, WrongTypeMessageIsBilingual) {
  try {
    read_declaration(mutated("/indicators/2/annual_target", json::value(12)));
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.message_zh(), "应为字符串，实际为数字");
    EXPECT_EQ(error.message_en(), "expected a string, got a number");
    EXPECT_NE(std::string(error.what()).find("/indicators/2/annual_target"), std::string::npos);
  }
}

TEST(MalformedDocument, MissingRequiredMembers) {
  expect_error(declaration_error(mutated("/indicators/1/name", std::nullopt)),
               ErrorCode::document_error, "/indicators/1/name");
  expect_error(declaration_error(mutated("/department", std::nullopt)), ErrorCode::document_error,
               "/department");
  expect_error(declaration_error(mutated("/budget/unit", std::nullopt)), ErrorCode::document_error,
               "/budget/unit");
  expect_error(declaration_error(mutated("/kind", std::nullopt)), ErrorCode::document_error,
               "/kind");
  expect_error(declaration_error(mutated("/budget/income/1/children/0/name", std::nullopt)),
               ErrorCode::document_error, "/budget/income/1/children/0/name");
}

TEST(MalformedDocument, MissingOptionalMembersAreAccepted) {
  const Declaration declaration =
      read_declaration(mutated("/indicators/0/explanation", std::nullopt));
  EXPECT_FALSE(declaration.indicators[0].explanation);
  EXPECT_FALSE(read_declaration(mutated("/indicators/0/core", std::nullopt)).indicators[0].core);
  EXPECT_TRUE(read_declaration(mutated("/key_tasks", std::nullopt)).key_tasks.empty());
}

TEST(MalformedDocument, BadAmounts) {
  const Expected letters =
      declaration_error(mutated("/budget/expenditure/0/amount", json::value("48O.50")));
  expect_error(letters, ErrorCode::parse_error, "/budget/expenditure/0/amount");
  expect_error(declaration_error(mutated("/budget/expenditure/0/amount", json::value(""))),
               ErrorCode::parse_error, "/budget/expenditure/0/amount");
  expect_error(declaration_error(mutated("/indicators/1/weight",
                                         json::value("123456789012345678901234567890123456789"))),
               ErrorCode::overflow, "/indicators/1/weight");
  // A JSON number would pass through binary floating point: refused with its own message.
  expect_error(declaration_error(mutated("/budget/income/0/amount", json::value(480.5))),
               ErrorCode::document_error, "/budget/income/0/amount");
}

TEST(MalformedDocument, BadEnumNamesAndUnits) {
  expect_error(declaration_error(mutated("/kind", json::value("部门"))), ErrorCode::document_error,
               "/kind");
  expect_error(declaration_error(mutated("/indicators/0/value_source", json::value("plans"))),
               ErrorCode::document_error, "/indicators/0/value_source");
  expect_error(declaration_error(mutated("/budget/unit", json::value("千元"))),
               ErrorCode::document_error, "/budget/unit");
  try {
    read_declaration(mutated("/kind", json::value("dept")));
    FAIL();
  } catch (const Error& error) {
    EXPECT_NE(error.message_en().find("expected one of: department, project"), std::string::npos);
  }
}

TEST(MalformedDocument, SchemaNameAndVersion) {
  expect_error(declaration_error(mutated("/schema", json::value("jixiao.declaration/2"))),
               ErrorCode::document_error, "/schema");
  expect_error(declaration_error(mutated("/schema", json::value("example.form/1"))),
               ErrorCode::document_error, "/schema");
  expect_error(declaration_error(mutated("/schema", std::nullopt)), ErrorCode::document_error,
               "/schema");
  expect_error(declaration_error(mutated("/schema", json::value(1))), ErrorCode::document_error,
               "/schema");
  try {
    read_declaration(mutated("/schema", json::value("jixiao.declaration/2")));
    FAIL();
  } catch (const Error& error) {
    EXPECT_NE(error.message_en().find("unsupported version \"2\""), std::string::npos);
  }
  // A self-evaluation handed to read_declaration says what it is.
  const std::string evaluation = read_source_file("tests/data/documents/self-evaluation.json");
  try {
    read_declaration(evaluation);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.location().json_path, "/schema");
    EXPECT_NE(error.message_en().find("jixiao.self-evaluation document"), std::string::npos);
  }
  expect_error(error_of([] { load_document(R"({"kind": "department"})"); }),
               ErrorCode::document_error, "/schema");
}

TEST(MalformedDocument, DuplicateMemberNames) {
  const std::string inner = R"({"schema": "jixiao.declaration/1", "kind": "department",
    "fiscal_year": 2023, "department": {"name": "甲", "code": "1", "name": "乙"},
    "taxonomy": "2015", "goals": {}, "budget": {"unit": "万元"}})";
  const Expected duplicate = declaration_error(inner);
  expect_error(duplicate, ErrorCode::document_error, "/department/name");
  ASSERT_TRUE(duplicate.byte_offset);  // at the end of the second "name"
  EXPECT_EQ(inner.substr(*duplicate.byte_offset - 5, 6), "\"name\"");
  EXPECT_GT(*duplicate.byte_offset, inner.find("\"code\""));

  expect_error(declaration_error(R"({"schema": "jixiao.declaration/1", "kind": "department",
    "kind": "project"})"),
               ErrorCode::document_error, "/kind");
  // In an array element, and in an unknown member whose name needs JSON Pointer escaping.
  expect_error(declaration_error(R"({"schema": "jixiao.declaration/1",
    "indicators": [{}, {"x": 1}, {"level1": "a", "level1": "b"}]})"),
               ErrorCode::document_error, "/indicators/2/level1");
  expect_error(declaration_error(R"({"schema": "jixiao.declaration/1",
    "a/b~c": {"k": [[{"重复": 1, "重复": 2}]]}})"),
               ErrorCode::document_error, "/a~1b~0c/k/0/0/重复");
  // Escaped spellings of the same name are the same name.
  expect_error(declaration_error(R"({"schema": "jixiao.declaration/1", "kind": "a",
    "\u006bind": "b"})"),
               ErrorCode::document_error, "/kind");
}

TEST(MalformedDocument, ManyMembersWithoutDuplicatesAreFine) {
  json::object big;
  for (int i = 0; i < 5000; ++i)
    big["member" + std::to_string(i)] = i;
  const std::string text = mutated("/erp", big);
  EXPECT_EQ(read_declaration(text).extra.at("erp").as_object().size(), 5000u);
  std::string raw = mutated("/erp", big);
  raw.replace(raw.find("\"member4999\""), 12, "\"member17\"");
  expect_error(declaration_error(raw), ErrorCode::document_error, "/erp/member17");
}

TEST(MalformedDocument, InvalidUtf8) {
  std::string text = project_declaration_text();
  const std::size_t at = text.find("单校维修成本");
  text[at + 1] = '\x41';  // breaks the 3-byte sequence of 单
  const Expected broken = declaration_error(text);
  EXPECT_EQ(broken.code, ErrorCode::invalid_utf8);
  EXPECT_EQ(broken.byte_offset, at);

  std::string in_key =
      R"({"schema": "jixiao.declaration/1", "k)" + std::string("\xFF") + R"(": 1})";
  const Expected key = declaration_error(in_key);
  EXPECT_EQ(key.code, ErrorCode::invalid_utf8);
  EXPECT_EQ(key.byte_offset, in_key.find('\xFF'));

  std::string overlong =
      R"({"schema": "jixiao.declaration/1", "x": ")" + std::string("\xC0\xAF") + "\"}";
  EXPECT_EQ(declaration_error(overlong).code, ErrorCode::invalid_utf8);

  std::string surrogate =
      R"({"schema": "jixiao.declaration/1", "x": ")" + std::string("\xED\xA0\x80") + "\"}";
  EXPECT_EQ(declaration_error(surrogate).byte_offset, surrogate.find('\xED'));
}

TEST(MalformedDocument, DepthOfTenThousandIsALimitNotACrash) {
  const std::string arrays = std::string(10000, '[') + std::string(10000, ']');
  const Expected deep = declaration_error(arrays);
  EXPECT_EQ(deep.code, ErrorCode::limit_exceeded);
  ASSERT_TRUE(deep.byte_offset);
  EXPECT_LE(*deep.byte_offset, 65u);

  std::string objects;
  for (int i = 0; i < 10000; ++i)
    objects += R"({"a":)";
  objects += "1" + std::string(10000, '}');
  EXPECT_EQ(declaration_error(objects).code, ErrorCode::limit_exceeded);

  // The limit applies inside documents too (an ERP member nested 100 deep) and can be raised.
  const std::string nested = std::string(100, '[') + std::string(100, ']');
  json::parse_options deep_parse;
  deep_parse.max_depth = 200;
  const std::string text = mutated("/erp", json::parse(nested, {}, deep_parse));
  EXPECT_EQ(declaration_error(text).code, ErrorCode::limit_exceeded);
  JsonReadOptions deeper;
  deeper.max_depth = 128;
  EXPECT_NO_THROW(read_declaration(text, deeper));
}

TEST(MalformedDocument, SizeLimit) {
  JsonReadOptions small;
  small.max_bytes = 100;
  const Expected big = error_of([&] { read_declaration(project_declaration_text(), small); });
  EXPECT_EQ(big.code, ErrorCode::limit_exceeded);
  EXPECT_EQ(big.byte_offset, 100u);
}

TEST(MalformedDocument, SyntaxErrorsCarryByteOffsets) {
  const Expected comma = declaration_error(R"({"schema": "jixiao.declaration/1",})");
  EXPECT_EQ(comma.code, ErrorCode::parse_error);
  EXPECT_EQ(comma.byte_offset, 34u);
  const Expected trailing = declaration_error(R"({"schema": "jixiao.declaration/1"} {})");
  EXPECT_EQ(trailing.code, ErrorCode::parse_error);
  EXPECT_EQ(trailing.byte_offset, 35u);
  const Expected truncated = declaration_error(R"({"schema": "jixiao.decl)");
  EXPECT_EQ(truncated.code, ErrorCode::parse_error);
  EXPECT_EQ(declaration_error("").code, ErrorCode::parse_error);
  EXPECT_EQ(declaration_error("{'kind': 1}").code, ErrorCode::parse_error);
  EXPECT_EQ(declaration_error("{\"a\": 1} // comment").code, ErrorCode::parse_error);
}

TEST(MalformedDocument, TopLevelMustBeAnObject) {
  expect_error(declaration_error("[]"), ErrorCode::document_error, "");
  expect_error(error_of([] { load_document("\"jixiao.declaration/1\""); }),
               ErrorCode::document_error, "");
}

TEST(MalformedDocument, YearAndMonthRanges) {
  expect_error(declaration_error(mutated("/fiscal_year", json::value(20240))),
               ErrorCode::document_error, "/fiscal_year");
  expect_error(declaration_error(mutated("/fiscal_year", json::value(-2024))),
               ErrorCode::document_error, "/fiscal_year");
  expect_error(declaration_error(mutated("/fiscal_year", json::value(99999999999LL))),
               ErrorCode::document_error, "/fiscal_year");

  json::value report = json::parse(read_source_file("tests/data/documents/monitoring-report.json"));
  for (const int month : {-1, 0, 13}) {
    SCOPED_TRACE(month);
    report.as_object()["month"] = month;
    const std::string text = json::serialize(report);
    expect_error(error_of([&] { read_monitoring_report(text); }), ErrorCode::document_error,
                 "/month");
    expect_error(error_of([&] { load_document(text); }), ErrorCode::document_error, "/month");
  }
  report.as_object()["month"] = 6;
  report.at("declaration").as_object()["fiscal_year"] = 12;
  const std::string text = json::serialize(report);
  expect_error(error_of([&] { read_monitoring_report(text); }), ErrorCode::document_error,
               "/declaration/fiscal_year");
}

TEST(MalformedDocument, EnumsInsideReports) {
  json::value report = json::parse(read_source_file("tests/data/documents/monitoring-report.json"));
  report.at("indicators").at(1).at("deviation_causes").as_array()[1] = "weather";
  std::string text = json::serialize(report);
  expect_error(error_of([&] { read_monitoring_report(text); }), ErrorCode::document_error,
               "/indicators/1/deviation_causes/1");

  json::value evaluation =
      json::parse(read_source_file("tests/data/documents/self-evaluation.json"));
  evaluation.at("indicators").at(1).as_object()["grade"] = "基本达成";
  text = json::serialize(evaluation);
  expect_error(error_of([&] { read_self_evaluation(text); }), ErrorCode::document_error,
               "/indicators/1/grade");
  evaluation.at("indicators").at(1).as_object()["grade"] = "部分达成年度指标并具有一定效果";
  EXPECT_EQ(read_self_evaluation(json::serialize(evaluation)).indicators[1].grade,
            QualitativeGrade::partly_met);
}

}  // namespace
}  // namespace jixiao
