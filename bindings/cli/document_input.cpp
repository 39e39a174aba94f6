#include "document_input.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

namespace jixiao::cli {

std::string read_input(const std::string& path) {
  const std::size_t limit = JsonReadOptions{}.max_bytes;
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      const std::string reason = std::strerror(errno);
      throw Error(ErrorCode::io_error, "无法打开文件：" + reason, "cannot open file: " + reason);
    }
    in = &file;
  }
  std::string text;
  char buffer[1 << 16];
  while (in->read(buffer, sizeof buffer) || in->gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in->gcount()));
    if (text.size() > limit) {
      ErrorLocation where;
      where.byte_offset = limit;
      throw Error(ErrorCode::limit_exceeded, "输入超过 " + std::to_string(limit) + " 字节的上限",
                  "input is larger than the limit of " + std::to_string(limit) + " bytes", where);
    }
  }
  if (in->bad()) throw Error(ErrorCode::io_error, "读取输入失败", "reading the input failed");
  return text;
}

void report_error(std::ostream& out, std::string_view source, const Error& error) {
  out << "jixiao: " << source << ": ";
  const ErrorLocation& where = error.location();
  if (!where.json_path.empty()) out << where.json_path << ": ";
  if (where.byte_offset) out << "byte " << *where.byte_offset << ": ";
  out << error.message_zh() << " / " << error.message_en() << " [" << error_code_name(error.code())
      << "]\n";
}

Document load_document_file(const std::string& path) {
  return load_document(read_input(path));
}

}  // namespace jixiao::cli
