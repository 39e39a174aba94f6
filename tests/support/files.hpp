// Test helpers: reading the project's data files by path relative to the source tree.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace jixiao::testing {

/// The bytes of `relative` (e.g. "examples/panyu-2023/declaration.json") under the source tree.
inline std::string read_source_file(const std::string& relative) {
  const std::string path = std::string(JIXIAO_SOURCE_DIR) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace jixiao::testing
