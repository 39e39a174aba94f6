// The monitoring result as a "jixiao.monitoring-result/1" JSON document
// (docs/schema/monitoring-result.schema.json).
#include "jixiao/monitoring.hpp"
#include "json/described_writer.hpp"

namespace jixiao {

std::string write_monitoring_result(const MonitoringResult& result) {
  return json_io::write_schema_document(result, monitoring_result_schema);
}

}  // namespace jixiao
