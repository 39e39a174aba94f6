// The monitoring result as a "jixiao.monitoring-result/1" JSON document
// (docs/schema/monitoring-result.schema.json).
#include "jixiao/monitoring.hpp"
#include "json/described_writer.hpp"

namespace jixiao {

std::string write_monitoring_result(const MonitoringResult& result) {
  std::string out;
  json_io::PrettyWriter writer(out);
  json_io::JsonPath path;
  json_io::write_struct(writer, result, path, "schema", monitoring_result_schema);
  writer.finish();
  return out;
}

}  // namespace jixiao
