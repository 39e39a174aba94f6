// The formula lexer: full-width folding, names (plain, 「quoted」, [quoted]), numbers, operators,
// and the X-as-multiplication rule of docs/formula.md §2.
#include <cstdio>
#include <string>
#include <utility>

#include "formula/syntax.hpp"
#include "text/utf8.hpp"

namespace jixiao::formula {

namespace {

constexpr std::size_t max_name_bytes = 256;

/// Full-width forms and the few typographic spellings finance staff use, onto ASCII.
constexpr char32_t fold(char32_t c) noexcept {
  c = text::fold_full_width(c);
  switch (c) {
    case 0x00D7:
      return U'*';  // ×
    case 0x00F7:
      return U'/';  // ÷
    case 0x2212:
      return U'-';  // − minus sign
    case 0xFE6A:
      return U'%';  // ﹪
    case 0x00A0:
      return U' ';  // no-break space
    default:
      return c;
  }
}

constexpr bool is_space(char32_t c) noexcept {
  return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n';
}
constexpr bool is_digit(char32_t c) noexcept {
  return c >= U'0' && c <= U'9';
}
constexpr bool is_ascii_letter(char32_t c) noexcept {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

std::string describe_character(char32_t c) {
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x200B || c == 0xFEFF) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
  }
  std::string out;
  text::append_utf8(out, c);
  return out;
}

class Lexer {
 public:
  Lexer(std::string_view text, const Diagnostics& diagnostics)
      : text_(text), diagnostics_(diagnostics) {}

  std::vector<Token> run() {
    while (position_ < text_.size()) {
      const Decoded here = peek(position_);
      if (is_space(here.folded)) {
        advance(here);
        continue;
      }
      lex_token(here);
    }
    Token end;
    end.kind = TokenKind::end;
    end.byte_offset = text_.size();
    end.char_offset = chars_;
    tokens_.push_back(std::move(end));
    return std::move(tokens_);
  }

 private:
  struct Decoded {
    char32_t raw = 0;
    char32_t folded = 0;
    std::size_t length = 0;
  };

  Decoded peek(std::size_t offset) const noexcept {
    if (offset >= text_.size()) return {};
    const text::CodePoint cp = text::decode_at(text_, offset);
    return {cp.value, fold(cp.value), cp.length};
  }

  void advance(const Decoded& d) noexcept {
    position_ += d.length;
    ++chars_;
  }

  bool previous_ends_operand() const noexcept {
    if (tokens_.empty()) return false;
    const TokenKind kind = tokens_.back().kind;
    return kind == TokenKind::number || kind == TokenKind::name || kind == TokenKind::right_paren ||
           kind == TokenKind::percent;
  }

  /// Whether a number literal starts at `offset`, after optional spaces.
  bool number_follows(std::size_t offset) const noexcept {
    Decoded d = peek(offset);
    while (d.length != 0 && is_space(d.folded)) {
      offset += d.length;
      d = peek(offset);
    }
    if (is_digit(d.folded)) return true;
    return d.folded == U'.' && is_digit(peek(offset + d.length).folded);
  }

  Token& push(TokenKind kind, std::size_t start, std::size_t start_chars) {
    Token token;
    token.kind = kind;
    token.byte_offset = start;
    token.byte_length = position_ - start;
    token.char_offset = start_chars;
    tokens_.push_back(std::move(token));
    return tokens_.back();
  }

  void lex_token(const Decoded& first) {
    const std::size_t start = position_;
    const std::size_t start_chars = chars_;
    const char32_t c = first.folded;
    if (is_digit(c) || (c == U'.' && is_digit(peek(position_ + first.length).folded))) {
      lex_number();
      return;
    }
    if (first.raw == 0x300C || c == U'[') {
      lex_quoted(first);
      return;
    }
    if ((c == U'x' || c == U'X') && previous_ends_operand() &&
        number_follows(position_ + first.length)) {
      advance(first);
      push(TokenKind::times, start, start_chars);
      return;
    }
    if (is_name_start(c)) {
      lex_name();
      return;
    }
    advance(first);
    const Decoded next = peek(position_);
    TokenKind kind;
    switch (c) {
      case U'+':
        kind = TokenKind::plus;
        break;
      case U'-':
        kind = TokenKind::minus;
        break;
      case U'*':
        kind = TokenKind::times;
        break;
      case U'/':
        kind = TokenKind::divide;
        break;
      case U'^':
        kind = TokenKind::power;
        break;
      case U'%':
        kind = TokenKind::percent;
        break;
      case U'(':
        kind = TokenKind::left_paren;
        break;
      case U')':
        kind = TokenKind::right_paren;
        break;
      case U',':
        kind = TokenKind::comma;
        break;
      case 0x2265:
      case 0x2267:
        kind = TokenKind::greater_equal;
        break;
      case 0x2264:
      case 0x2266:
        kind = TokenKind::less_equal;
        break;
      case 0x2260:
        kind = TokenKind::not_equal;
        break;
      case U'<':
        if (next.folded == U'=') {
          advance(next);
          kind = TokenKind::less_equal;
        } else if (next.folded == U'>') {
          advance(next);
          kind = TokenKind::not_equal;
        } else {
          kind = TokenKind::less;
        }
        break;
      case U'>':
        if (next.folded == U'=') {
          advance(next);
          kind = TokenKind::greater_equal;
        } else {
          kind = TokenKind::greater;
        }
        break;
      case U'=':
        if (next.folded == U'=') {
          advance(next);
          kind = TokenKind::equal_equal;
        } else {
          kind = TokenKind::equal;
        }
        break;
      case U'!':
        if (next.folded == U'=') {
          advance(next);
          kind = TokenKind::not_equal;
          break;
        }
        [[fallthrough]];
      default: {
        const std::string shown = describe_character(first.raw);
        diagnostics_.fail(ErrorCode::parse_error, start, start_chars,
                          "第 {N} 个字符「" + shown + "」无法识别",
                          "unexpected character '" + shown + "' at character {N}");
      }
    }
    push(kind, start, start_chars);
  }

  void lex_number() {
    const std::size_t start = position_;
    const std::size_t start_chars = chars_;
    std::string digits;
    bool seen_point = false;
    for (;;) {
      const Decoded d = peek(position_);
      if (is_digit(d.folded)) {
        digits.push_back(static_cast<char>(d.folded));
        advance(d);
      } else if (d.folded == U'.' && !seen_point) {
        seen_point = true;
        const std::size_t point = position_;
        const std::size_t point_chars = chars_;
        advance(d);
        if (!is_digit(peek(position_).folded))
          diagnostics_.fail(ErrorCode::parse_error, point, point_chars,
                            "第 {N} 个字符处的小数点后缺少数字",
                            "missing digits after the decimal point at character {N}");
        digits.push_back('.');
      } else {
        break;
      }
    }
    const Decoded after = peek(position_);
    if (after.folded == U'e' || after.folded == U'E') {
      const Decoded next = peek(position_ + after.length);
      const bool exponent =
          is_digit(next.folded) || ((next.folded == U'+' || next.folded == U'-') &&
                                    is_digit(peek(position_ + after.length + next.length).folded));
      if (exponent)
        diagnostics_.fail(ErrorCode::parse_error, position_, chars_,
                          "第 {N} 个字符处：数字不支持指数写法",
                          "exponent notation is not supported (character {N})");
    }
    if (after.folded == U'.')
      diagnostics_.fail(ErrorCode::parse_error, position_, chars_,
                        "第 {N} 个字符处的数字有两个小数点",
                        "a number has a second decimal point at character {N}");
    push(TokenKind::number, start, start_chars).text = std::move(digits);
  }

  void lex_quoted(const Decoded& open) {
    const std::size_t start = position_;
    const std::size_t start_chars = chars_;
    const bool corner = open.raw == 0x300C;
    advance(open);
    const std::size_t content_start = position_;
    for (;;) {
      const Decoded d = peek(position_);
      if (d.length == 0 || d.raw == U'\n' || d.raw == U'\r') {
        const std::string close = corner ? "」" : "]";
        diagnostics_.fail(ErrorCode::parse_error, start, start_chars,
                          "第 {N} 个字符处的名称缺少「" + close + "」",
                          "unterminated quoted name at character {N} (missing '" + close + "')");
      }
      if ((corner && d.raw == 0x300D) || (!corner && d.folded == U']')) {
        std::string_view content = text_.substr(content_start, position_ - content_start);
        advance(d);
        content = trim(content);
        if (content.empty())
          diagnostics_.fail(ErrorCode::parse_error, start, start_chars, "第 {N} 个字符处的名称为空",
                            "empty quoted name at character {N}");
        if (content.size() > max_name_bytes)
          diagnostics_.fail(ErrorCode::limit_exceeded, start, start_chars,
                            "第 {N} 个字符处的名称超过 256 字节",
                            "name longer than 256 bytes at character {N}");
        Token& token = push(TokenKind::name, start, start_chars);
        token.quoted = true;
        token.text = std::string(content);
        return;
      }
      advance(d);
    }
  }

  static std::string_view trim(std::string_view s) {
    const auto space_at_front = [&]() -> std::size_t {
      if (s.empty()) return 0;
      const text::CodePoint cp = text::decode_at(s, 0);
      return (is_space(cp.value) || cp.value == 0x3000 || cp.value == 0xA0) ? cp.length : 0;
    };
    while (const std::size_t n = space_at_front())
      s.remove_prefix(n);
    for (;;) {
      // Walk back to the start of the last code point.
      if (s.empty()) break;
      std::size_t begin = s.size() - 1;
      while (begin > 0 && (static_cast<unsigned char>(s[begin]) & 0xC0) == 0x80)
        --begin;
      const char32_t c = text::decode_at(s, begin).value;
      if (!(is_space(c) || c == 0x3000 || c == 0xA0)) break;
      s.remove_suffix(s.size() - begin);
    }
    return s;
  }

  /// Whether, at `offset` (just past an X), a number literal runs to the end of the name run.
  bool number_ends_name_run(std::size_t offset) const noexcept {
    Decoded d = peek(offset);
    if (!is_digit(d.folded)) return false;
    while (is_digit(d.folded)) {
      offset += d.length;
      d = peek(offset);
    }
    if (d.folded == U'.') {
      const Decoded next = peek(offset + d.length);
      if (!is_digit(next.folded)) return false;
      offset += d.length;
      d = next;
      while (is_digit(d.folded)) {
        offset += d.length;
        d = peek(offset);
      }
    }
    return d.length == 0 || !is_name_char(d.folded);
  }

  void lex_name() {
    const std::size_t start = position_;
    const std::size_t start_chars = chars_;
    std::string name;
    bool last_was_cjk = false;
    for (;;) {
      const Decoded d = peek(position_);
      if (d.length == 0 || !is_name_char(d.folded)) break;
      if ((d.folded == U'x' || d.folded == U'X') && last_was_cjk &&
          number_ends_name_run(position_ + d.length))
        break;  // 总故障数量X100%: the X is the multiplication sign
      if (is_cjk(d.folded)) {
        text::append_utf8(name, d.folded);
        last_was_cjk = true;
      } else {
        name.push_back(static_cast<char>(d.folded));
        last_was_cjk = false;
      }
      advance(d);
    }
    if (name.size() > max_name_bytes)
      diagnostics_.fail(ErrorCode::limit_exceeded, start, start_chars,
                        "第 {N} 个字符处的名称超过 256 字节",
                        "name longer than 256 bytes at character {N}");
    const std::string lower = ascii_lower(name);
    TokenKind kind = TokenKind::name;
    if (lower == "and") kind = TokenKind::keyword_and;
    if (lower == "or") kind = TokenKind::keyword_or;
    if (lower == "not") kind = TokenKind::keyword_not;
    push(kind, start, start_chars).text = std::move(name);
  }

  std::string_view text_;
  const Diagnostics& diagnostics_;
  std::size_t position_ = 0;
  std::size_t chars_ = 0;
  std::vector<Token> tokens_;
};

}  // namespace

bool is_cjk(char32_t c) noexcept {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x323AF) || c == 0x3007;
}

bool is_name_start(char32_t c) noexcept {
  return is_ascii_letter(c) || is_cjk(c);
}

bool is_name_char(char32_t c) noexcept {
  return is_ascii_letter(c) || is_digit(c) || c == U'_' || is_cjk(c);
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

void Diagnostics::fail(ErrorCode code, std::size_t byte_offset, std::size_t char_offset,
                       std::string zh, std::string en) const {
  const std::string n = std::to_string(char_offset + 1);
  for (std::string* message : {&zh, &en}) {
    for (std::size_t at = message->find("{N}"); at != std::string::npos;
         at = message->find("{N}", at + n.size()))
      message->replace(at, 3, n);
  }
  ErrorLocation where;
  where.byte_offset = byte_offset;
  where.char_offset = char_offset;
  throw Error(code, std::move(zh), std::move(en), std::move(where));
}

std::vector<Token> tokenize(std::string_view valid_text, const Diagnostics& diagnostics) {
  return Lexer(valid_text, diagnostics).run();
}

}  // namespace jixiao::formula
