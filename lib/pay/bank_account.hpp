#pragma once
// Bank account numbers as SEPA takes them: IBAN (ISO 13616, checked with
// mod 97) and BIC (ISO 9362). What is wrong is said in words that say what to
// write instead; nothing for a good number.
#include <optional>
#include <string>
#include <string_view>

namespace coop {

// An IBAN as written (spaces allowed, any case) in its electronic form:
// spaces removed, letters in capitals ("de89 3704 ..." -> "DE893704...").
std::string compact_iban(std::string_view written);

// What is wrong with an IBAN in electronic form: its shape (a country code,
// two check digits, 11 to 30 letters and digits: 15 to 34 in all) or its
// check digits (the number read as digits, country and check moved to the end,
// is 1 mod 97).
std::optional<std::string> iban_problem(std::string_view iban);

// What is wrong with a BIC: 8 or 11 characters, a 4-letter institution code, a
// 2-letter country code, a 2-character location (not starting with 0 or 1, not
// ending with O), and an optional 3-character branch (capital letters and digits).
std::optional<std::string> bic_problem(std::string_view bic);

} // namespace coop
