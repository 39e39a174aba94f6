// `jixiao convert FILE [-o OUT]`: reads a document and writes it in normal form.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "command_registry.hpp"
#include "document_input.hpp"
#include "jixiao/document_json.hpp"

namespace jixiao::cli {

namespace {

struct ConvertOptions {
  std::string input;
  std::string output;  // empty: standard output
};

void write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    std::cout << text;
    std::cout.flush();
    if (!std::cout) throw Error(ErrorCode::io_error, "写出失败", "writing the output failed");
    return;
  }
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) {
    const std::string reason = std::strerror(errno);
    throw Error(ErrorCode::io_error, "无法写入文件：" + reason, "cannot write file: " + reason);
  }
  file << text;
  file.close();
  if (!file) throw Error(ErrorCode::io_error, "写入文件失败", "writing the file failed");
}

int run_convert(const ConvertOptions& options) {
  std::string text;
  try {
    text = write_document(load_document_file(options.input));
  } catch (const Error& error) {
    report_error(std::cerr, options.input, error);
    return exit_bad_input;
  }
  try {
    write_output(options.output, text);
  } catch (const Error& error) {
    report_error(std::cerr, options.output, error);
    return exit_bad_input;
  }
  return exit_ok;
}

const CommandRegistrar registrar{
    "convert", [](CLI::App& app, int* exit_code) {
      auto* command = app.add_subcommand(
          "convert", "读入并按规范格式写出文档 / read a document and write it in normal form");
      auto options = std::make_shared<ConvertOptions>();
      command->add_option("FILE", options->input, "JSON document; - for stdin")->required();
      command->add_option("-o,--output", options->output, "output file (default: stdout)");
      command->callback([options, exit_code] { *exit_code = run_convert(*options); });
    }};

}  // namespace

}  // namespace jixiao::cli
