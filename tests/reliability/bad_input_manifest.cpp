#include "bad_input_manifest.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace jixiao::testing {

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// UTF-8 of any value up to 0x7FFFFFFF, surrogates included: the catalogue needs invalid text too.
void append_any_code_point(std::string& out, unsigned long value) {
  const auto put = [&](unsigned long bits) { out.push_back(static_cast<char>(bits & 0xFF)); };
  if (value < 0x80) {
    put(value);
  } else if (value < 0x800) {
    put(0xC0 | (value >> 6));
    put(0x80 | (value & 0x3F));
  } else if (value < 0x10000) {
    put(0xE0 | (value >> 12));
    put(0x80 | ((value >> 6) & 0x3F));
    put(0x80 | (value & 0x3F));
  } else {
    put(0xF0 | (value >> 18));
    put(0x80 | ((value >> 12) & 0x3F));
    put(0x80 | ((value >> 6) & 0x3F));
    put(0x80 | (value & 0x3F));
  }
}

std::size_t parse_count(std::string_view digits) {
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc{} || end != digits.data() + digits.size()) {
    throw std::runtime_error("not a count: " + std::string(digits));
  }
  return value;
}

std::vector<std::string_view> split(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  for (;;) {
    const std::size_t at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + separator.size());
  }
}

}  // namespace

std::string unescape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    const char kind = text[++i];
    switch (kind) {
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case '0':
        out += '\0';
        break;
      case '\\':
        out += '\\';
        break;
      case '"':
        out += '"';
        break;
      case 'x': {
        if (i + 2 >= text.size()) throw std::runtime_error("\\x needs two hex digits");
        out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
        i += 2;
        break;
      }
      case 'u': {
        const std::size_t close = text.find('}', i);
        if (i + 1 >= text.size() || text[i + 1] != '{' || close == std::string_view::npos) {
          throw std::runtime_error("\\u needs {HEX}");
        }
        append_any_code_point(
            out, std::stoul(std::string(text.substr(i + 2, close - i - 2)), nullptr, 16));
        i = close;
        break;
      }
      default:
        throw std::runtime_error(std::string("unknown escape \\") + kind);
    }
  }
  return out;
}

std::vector<InputSegment> parse_input(std::string_view expression, const std::string& directory) {
  std::vector<InputSegment> segments;
  for (const std::string_view part : split(expression, " ++ ")) {
    InputSegment segment;
    if (part.size() > 1 && part.front() == '@') {
      segment.bytes = read_file(directory + "/" + std::string(part.substr(1)));
    } else if (part.size() >= 2 && part.front() == '"') {
      const std::size_t close = part.rfind('"');
      if (close == 0) throw std::runtime_error("unterminated text: " + std::string(part));
      segment.bytes = unescape(part.substr(1, close - 1));
      const std::string_view rest = part.substr(close + 1);
      if (!rest.empty()) {
        if (rest.front() != '*') throw std::runtime_error("expected *N: " + std::string(part));
        segment.repeat = parse_count(rest.substr(1));
      }
    } else {
      throw std::runtime_error("input segment must be \"text\", \"text\"*N or @file: " +
                               std::string(part));
    }
    segments.push_back(std::move(segment));
  }
  return segments;
}

Expectation parse_expectation(std::string_view text) {
  Expectation expectation;
  if (text == "ok" || text.substr(0, 3) == "ok ") {
    expectation.accepted = true;
    if (text.size() > 3) expectation.reading = unescape(text.substr(3));
    return expectation;
  }
  if (text.substr(0, 6) != "error ")
    throw std::runtime_error("expected ok or error: " + std::string(text));
  const std::string_view rest = text.substr(6);
  const std::size_t at = rest.find('@');
  if (at == std::string_view::npos) throw std::runtime_error("an error needs @location");
  expectation.code = std::string(rest.substr(0, at));
  const std::string_view where = rest.substr(at + 1);
  if (where.empty() || where.front() == '/') {
    expectation.json_path = unescape(where);
  } else {
    expectation.byte_offset = parse_count(where);
  }
  return expectation;
}

std::string ManifestRow::build(std::size_t numerator, std::size_t denominator) const {
  std::string out;
  for (const InputSegment& segment : input) {
    const std::size_t count =
        segment.repeat == 1 ? 1
                            : std::max<std::size_t>(1, segment.repeat * numerator / denominator);
    out.reserve(out.size() + segment.bytes.size() * count);
    for (std::size_t i = 0; i < count; ++i)
      out += segment.bytes;
  }
  return out;
}

std::size_t ManifestRow::largest_repeat() const {
  std::size_t largest = 1;
  for (const InputSegment& segment : input)
    largest = std::max(largest, segment.repeat);
  return largest;
}

std::vector<ManifestRow> read_manifest(const std::string& directory) {
  const std::string text = read_file(directory + "/manifest.tsv");
  std::vector<ManifestRow> rows;
  int line_number = 0;
  for (const std::string_view line : split(text, "\n")) {
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split(line, "\t");
    try {
      if (fields.size() != 5) throw std::runtime_error("expected 5 tab-separated fields");
      ManifestRow row;
      row.line = line_number;
      row.id = std::string(fields[0]);
      row.parser = std::string(fields[1]);
      row.input = parse_input(fields[2], directory);
      row.expect = parse_expectation(fields[3]);
      row.note = std::string(fields[4]);
      rows.push_back(std::move(row));
    } catch (const std::exception& error) {
      throw std::runtime_error("manifest.tsv line " + std::to_string(line_number) + ": " +
                               error.what());
    }
  }
  return rows;
}

}  // namespace jixiao::testing
