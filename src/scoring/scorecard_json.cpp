// The scorecard as a "jixiao.scorecard/1" JSON document (docs/schema/scorecard.schema.json).
#include "jixiao/scoring.hpp"
#include "json/described_writer.hpp"

namespace jixiao {

std::string write_scorecard(const Scorecard& scorecard) {
  return json_io::write_schema_document(scorecard, scorecard_schema);
}

}  // namespace jixiao
