#pragma once
// The SEPA character set (EPC guidance on the character set, the basic Latin
// set every bank in the scheme accepts): a-z A-Z 0-9 / - ? : ( ) . , ' +
// and space. Names and references are written in it, so that `Zoë & Søren`
// reaches the bank as `Zoe + Soren` rather than breaking the file.
#include <cstddef>
#include <string>
#include <string_view>

namespace coop {

bool is_sepa_char(char ch);

// `text` (UTF-8) in the SEPA set: Latin letters with accents as their base
// letters (ë e, ø o, ß ss, æ ae, Ł L), '&' as '+', brackets as parentheses,
// '"' as '\'', '_' as '-', ';' as ',', '\\' and '|' as '/', white space and
// other signs as a space, any other character (and bytes that are not UTF-8)
// as '.'; runs of spaces as one, none at the ends; at most `max` characters.
std::string sepa_text(std::string_view text, std::size_t max);

} // namespace coop
