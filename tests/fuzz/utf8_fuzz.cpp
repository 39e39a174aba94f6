// Fuzz target: the shared UTF-8 helpers every parser relies on (src/text/utf8.hpp).
//
// The reference decoder below works differently from src/text/utf8.cpp: it reads the sequence
// length from the lead byte's leading one bits, assembles the code point, and only then rejects
// overlong forms, surrogates and values above U+10FFFF by value. Properties:
// - find_invalid_utf8 and require_valid_utf8 report the reference's first bad sequence;
// - on valid text, decode_at, count_code_points and code_point_offset agree with the reference
//   decoding, append_utf8 re-encodes the text byte for byte, and fold_full_width maps exactly
//   U+FF01–U+FF5E and U+3000 onto ASCII.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "jixiao/error.hpp"
#include "text/utf8.hpp"

namespace {

struct Decoded {
  std::vector<char32_t> code_points;
  std::vector<std::size_t> offsets;      // byte offset of each code point
  std::optional<std::size_t> first_bad;  // set when the text is not valid UTF-8
};

Decoded reference_decode(std::string_view text) {
  Decoded result;
  std::size_t offset = 0;
  while (offset < text.size()) {
    const auto lead = static_cast<unsigned char>(text[offset]);
    std::size_t length = 0;
    while (length < 8 && (lead & (0x80u >> length)) != 0)
      ++length;
    if (length == 0) {
      result.code_points.push_back(lead);
      result.offsets.push_back(offset);
      ++offset;
      continue;
    }
    // 1 leading one is a lone continuation byte; more than 4 never starts a sequence.
    if (length == 1 || length > 4 || offset + length > text.size()) {
      result.first_bad = offset;
      return result;
    }
    char32_t value = lead & (0xFFu >> (length + 1));
    for (std::size_t i = 1; i < length; ++i) {
      const auto next = static_cast<unsigned char>(text[offset + i]);
      if ((next >> 6) != 0b10) {
        result.first_bad = offset;
        return result;
      }
      value = (value << 6) | (next & 0x3Fu);
    }
    static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < smallest[length] || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
      result.first_bad = offset;
      return result;
    }
    result.code_points.push_back(value);
    result.offsets.push_back(offset);
    offset += length;
  }
  return result;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace text = jixiao::text;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string shown = jixiao::fuzz::printable(input);
  const Decoded expected = reference_decode(input);

  const auto bad = text::find_invalid_utf8(input);
  JIXIAO_FUZZ_CHECK(bad == expected.first_bad,
                    "find_invalid_utf8 of \"" + shown +
                        "\": " + (bad ? std::to_string(*bad) : "valid") + ", reference " +
                        (expected.first_bad ? std::to_string(*expected.first_bad) : "valid"));
  try {
    text::require_valid_utf8(input, "/fuzz");
    JIXIAO_FUZZ_CHECK(!bad, "require_valid_utf8 accepted \"" + shown + "\"");
  } catch (const jixiao::Error& error) {
    JIXIAO_FUZZ_CHECK_ERROR(error, size, jixiao::ErrorCode::invalid_utf8);
    JIXIAO_FUZZ_CHECK(error.location().byte_offset == bad && error.location().json_path == "/fuzz",
                      error.what());
  }
  if (bad) return 0;

  const std::size_t count = expected.code_points.size();
  JIXIAO_FUZZ_CHECK(text::count_code_points(input) == count, "count_code_points of " + shown);
  JIXIAO_FUZZ_CHECK(text::code_point_offset(input, size) == count,
                    "code_point_offset at the end of " + shown);
  std::string reencoded;
  for (std::size_t i = 0; i < count; ++i) {
    const auto decoded = text::decode_at(input, expected.offsets[i]);
    const std::size_t next = i + 1 < count ? expected.offsets[i + 1] : size;
    JIXIAO_FUZZ_CHECK(
        decoded.value == expected.code_points[i] && decoded.length == next - expected.offsets[i],
        "decode_at " + std::to_string(expected.offsets[i]) + " of " + shown);
    JIXIAO_FUZZ_CHECK(text::code_point_offset(input, expected.offsets[i]) == i,
                      "code_point_offset " + std::to_string(expected.offsets[i]) + " of " + shown);
    text::append_utf8(reencoded, decoded.value);

    const char32_t c = decoded.value;
    const char32_t folded = text::fold_full_width(c);
    if (c >= 0xFF01 && c <= 0xFF5E) {
      JIXIAO_FUZZ_CHECK(folded == c - 0xFEE0, "fold_full_width of a full-width form");
    } else if (c == 0x3000) {
      JIXIAO_FUZZ_CHECK(folded == U' ', "fold_full_width of the ideographic space");
    } else {
      JIXIAO_FUZZ_CHECK(folded == c, "fold_full_width leaves other code points alone");
    }
  }
  JIXIAO_FUZZ_CHECK(reencoded == input, "append_utf8 re-encodes " + shown);
  return 0;
}
