// The scorecard as a "jixiao.scorecard/1" JSON document (docs/schema/scorecard.schema.json).
#include "jixiao/scoring.hpp"
#include "json/described_writer.hpp"

namespace jixiao {

std::string write_scorecard(const Scorecard& scorecard) {
  std::string out;
  json_io::PrettyWriter writer(out);
  json_io::JsonPath path;
  json_io::write_struct(writer, scorecard, path, "schema", scorecard_schema);
  writer.finish();
  return out;
}

}  // namespace jixiao
