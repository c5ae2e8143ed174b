#include "pay/bank_account.hpp"

#include <fmt/format.h>

namespace coop {

namespace {

bool upper(char ch) {
    return ch >= 'A' && ch <= 'Z';
}
bool digit(char ch) {
    return ch >= '0' && ch <= '9';
}

} // namespace

std::string compact_iban(std::string_view written) {
    std::string out;
    out.reserve(written.size());
    for (const char ch : written) {
        if (ch == ' ') continue;
        out.push_back(ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch);
    }
    return out;
}

std::optional<std::string> iban_problem(std::string_view iban) {
    const bool shaped = [&] {
        if (iban.size() < 15 || iban.size() > 34) return false;
        if (!upper(iban[0]) || !upper(iban[1]) || !digit(iban[2]) || !digit(iban[3])) return false;
        for (const char ch : iban.substr(4))
            if (!upper(ch) && !digit(ch)) return false;
        return true;
    }();
    if (!shaped)
        return "is not an IBAN (a country code, 2 check digits, then 11 to 30 letters and digits, "
               "like DE89 3704 0044 0532 0130 00)";
    // The remainder of the number, 4 characters moved to the end, letters as 10..35.
    unsigned remainder = 0;
    const auto feed = [&](char ch) {
        if (digit(ch))
            remainder = (remainder * 10 + static_cast<unsigned>(ch - '0')) % 97;
        else
            remainder = (remainder * 100 + static_cast<unsigned>(ch - 'A' + 10)) % 97;
    };
    for (const char ch : iban.substr(4))
        feed(ch);
    for (const char ch : iban.substr(0, 4))
        feed(ch);
    if (remainder != 1) return "fails the IBAN check (mod 97): a digit is wrong or two are swapped";
    return std::nullopt;
}

std::optional<std::string> bic_problem(std::string_view bic) {
    bool ok = bic.size() == 8 || bic.size() == 11;
    for (std::size_t i = 0; ok && i < bic.size(); ++i)
        ok = i < 6 ? upper(bic[i]) : upper(bic[i]) || digit(bic[i]);
    if (!ok)
        return "is not a BIC (8 or 11 capital letters and digits: a 4-letter bank code, a "
               "2-letter country code, 2 for the location and 3 for an optional branch, like "
               "COBADEFFXXX)";
    // ISO 9362: a location never starts with 0 or 1 (test codes) nor ends with O.
    if (bic[6] == '0' || bic[6] == '1' || bic[7] == 'O')
        return "is not a BIC: its location (7th and 8th characters) cannot start with 0 or 1 "
               "nor end with the letter O";
    return std::nullopt;
}

} // namespace coop
