// Building TargetDiagnostic messages (internal): one place for the wording in both languages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/target.hpp"

namespace jixiao::target_detail {

/// A diagnostic at a place of the original text. `subject` is the piece of text it is about
/// (shortened to 24 characters in the message, so repeated input cannot blow up the messages);
/// `count` is used by control_character.
TargetDiagnostic make_diagnostic(TargetDiagnosticCode code, std::size_t char_offset,
                                 std::size_t byte_offset, std::size_t char_length,
                                 std::string_view subject, std::size_t count = 0);

/// Appends unless the list is full or the same code is already there for the same place.
void add_diagnostic(std::vector<TargetDiagnostic>& list, TargetDiagnostic diagnostic);

}  // namespace jixiao::target_detail
