#include "model/money.hpp"

#include <algorithm>
#include <array>

#include "util/fixed_point.hpp"

namespace coop {

namespace {

struct CurrencyDigits {
    std::string_view code;
    int digits;
};

// ISO 4217 active codes whose minor unit is not 2, plus the 2-digit ones below.
constexpr std::array<CurrencyDigits, 29> non_two_digit = {{
    {"BHD", 3}, {"BIF", 0}, {"CLF", 4}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"IQD", 3}, {"ISK", 0},
    {"JOD", 3}, {"JPY", 0}, {"KMF", 0}, {"KRW", 0}, {"KWD", 3}, {"LYD", 3}, {"OMR", 3}, {"PYG", 0},
    {"RWF", 0}, {"TND", 3}, {"UGX", 0}, {"UYI", 0}, {"UYW", 4}, {"VND", 0}, {"VUV", 0}, {"XAF", 0},
    {"XOF", 0}, {"XPF", 0}, {"XAU", 0}, {"XDR", 0}, {"XXX", 0},
}};

constexpr std::string_view two_digit_codes =
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN "
    "BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN "
    "ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IRR JMD "
    "KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR "
    "MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB "
    "SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY "
    "TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD YER ZAR ZMW ZWL";

} // namespace

std::optional<int> currency_minor_digits(std::string_view code) {
    if (code.size() != 3) return std::nullopt;
    for (const auto& c : non_two_digit)
        if (c.code == code) return c.digits;
    for (std::size_t i = 0; i + 3 <= two_digit_codes.size(); i += 4)
        if (two_digit_codes.substr(i, 3) == code) return 2;
    return std::nullopt;
}

AmountParse parse_amount(std::string_view text, int digits) {
    AmountParse out;
    const FixedParse f = parse_fixed(text, digits, max_amount_minor);
    switch (f.error) {
    case FixedError::none:
        break;
    case FixedError::empty:
    case FixedError::not_a_number:
        out.error = AmountError::not_a_number;
        return out;
    case FixedError::too_many_places:
        out.error = AmountError::too_many_places;
        return out;
    case FixedError::out_of_range:
        out.error = AmountError::out_of_range;
        return out;
    }
    if (f.value == 0) out.error = AmountError::not_positive;
    out.money = Money{f.value};
    return out;
}

std::string format_money(Money m, int digits) {
    return format_fixed(m.minor, digits);
}

} // namespace coop
