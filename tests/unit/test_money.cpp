// Amounts as decimal text in the co-op currency, kept as exact minor units.
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "model/money.hpp"

using namespace coop;

namespace {

// The parsed amount in minor units, or why the text was refused.
std::string amount(std::string_view text, int digits) {
    const AmountParse a = parse_amount(text, digits);
    switch (a.error) {
    case AmountError::none:
        return std::to_string(a.money.minor);
    case AmountError::not_a_number:
        return "not a number";
    case AmountError::too_many_places:
        return "too many places";
    case AmountError::out_of_range:
        return "out of range";
    case AmountError::not_positive:
        return "not positive";
    }
    return "unknown error";
}

constexpr int eur = 2;
constexpr int jpy = 0;
constexpr int kwd = 3;
constexpr int clf = 4;

int minor_digits(std::string_view code) {
    return currency_minor_digits(code).value_or(-1);
}

} // namespace

TEST_CASE("parse amount gives whole and decimal amounts in minor units", "[money]") {
    CHECK(amount("1200", eur) == "120000");
    CHECK(amount("1200.00", eur) == "120000");
    CHECK(amount("1200.5", eur) == "120050");
    CHECK(amount("0.5", eur) == "50");
    CHECK(amount("0.05", eur) == "5");
    CHECK(amount("0.01", eur) == "1");
    CHECK(amount("007.50", eur) == "750");

    CHECK(amount("1200", jpy) == "1200");
    CHECK(amount("1", jpy) == "1");

    CHECK(amount("1.234", kwd) == "1234");
    CHECK(amount("0.001", kwd) == "1");
    CHECK(amount("1", kwd) == "1000");
    CHECK(amount("1.5", kwd) == "1500");

    CHECK(amount("0.0001", clf) == "1");
    CHECK(amount("2.5", clf) == "25000");
}

TEST_CASE("parse amount refuses more decimals than the currency has", "[money]") {
    CHECK(amount("1.234", eur) == "too many places");
    CHECK(amount("0.001", eur) == "too many places");
    // A trailing zero is still a written decimal place.
    CHECK(amount("1.230", eur) == "too many places");
    CHECK(amount("1200.5", jpy) == "too many places");
    CHECK(amount("1200.0", jpy) == "too many places");
    CHECK(amount("1.2345", kwd) == "too many places");
    CHECK(amount("1.23456", clf) == "too many places");
}

TEST_CASE("parse amount wants a strictly positive amount", "[money]") {
    CHECK(amount("0", eur) == "not positive");
    CHECK(amount("0.00", eur) == "not positive");
    CHECK(amount("0.0", eur) == "not positive");
    CHECK(amount("000", eur) == "not positive");
    CHECK(amount("0", jpy) == "not positive");
    CHECK(amount("0.000", kwd) == "not positive");
    CHECK(parse_amount("0.00", eur).money.minor == 0);
}

TEST_CASE("parse amount accepts only plain decimal text", "[money]") {
    for (std::string_view text : {"",
                                  "abc",
                                  "-1",
                                  "+1",
                                  "-0.50",
                                  "1e3",
                                  "1E3",
                                  " 1",
                                  "1 ",
                                  "1,000",
                                  "1,50",
                                  "1.",
                                  ".5",
                                  ".",
                                  "1.2.3",
                                  "1..2",
                                  "0x10",
                                  "12.50\xe2\x82\xac",
                                  "\xe2\x82\xac"
                                  "12.50",
                                  "\xd9\xa1",
                                  "1_000",
                                  "inf",
                                  "NaN"}) {
        INFO("text: '" << text << "'");
        CHECK(amount(text, eur) == "not a number");
    }
    CHECK(amount("1.5.0", jpy) == "not a number");
}

TEST_CASE("parse amount keeps to fifteen significant digits", "[money]") {
    // 15 digits fit, 16 do not, whatever the currency's minor unit.
    CHECK(amount("9999999999999.99", eur) == "999999999999999");
    CHECK(amount("10000000000000.00", eur) == "out of range");
    CHECK(amount("10000000000000", eur) == "out of range");
    CHECK(amount("999999999999999", jpy) == "999999999999999");
    CHECK(amount("1000000000000000", jpy) == "out of range");
    CHECK(amount("999999999999.999", kwd) == "999999999999999");
    CHECK(amount("1000000000000", kwd) == "out of range");
    CHECK(amount("99999999999.9999", clf) == "999999999999999");
    CHECK(amount("100000000000", clf) == "out of range");
}

TEST_CASE("parse amount reports text beyond 64 bits as out of range", "[money]") {
    CHECK(amount("99999999999999999999", eur) == "out of range");
    CHECK(amount("99999999999999999999", jpy) == "out of range");
    CHECK(amount("9223372036854775807", jpy) == "out of range");
    CHECK(amount("9223372036854775808", jpy) == "out of range");
    CHECK(amount("92233720368547758.07", eur) == "out of range");
    CHECK(amount(std::string(400, '9'), eur) == "out of range");
    // Leading zeros are not digits of the value and never overflow.
    CHECK(amount(std::string(40, '0') + "1.00", eur) == "100");
}

TEST_CASE("format money writes exactly the currency minor digits", "[money]") {
    CHECK(format_money(Money{120000}, eur) == "1200.00");
    CHECK(format_money(Money{5}, eur) == "0.05");
    CHECK(format_money(Money{50}, eur) == "0.50");
    CHECK(format_money(Money{0}, eur) == "0.00");
    CHECK(format_money(Money{-350}, eur) == "-3.50");
    CHECK(format_money(Money{-5}, eur) == "-0.05");
    CHECK(format_money(Money{-100}, eur) == "-1.00");
    CHECK(format_money(Money{1200}, jpy) == "1200");
    CHECK(format_money(Money{0}, jpy) == "0");
    CHECK(format_money(Money{-7}, jpy) == "-7");
    CHECK(format_money(Money{1234}, kwd) == "1.234");
    CHECK(format_money(Money{5}, kwd) == "0.005");
    CHECK(format_money(Money{-1}, kwd) == "-0.001");
    CHECK(format_money(Money{0}, kwd) == "0.000");
    CHECK(format_money(Money{-12345}, kwd) == "-12.345");
    CHECK(format_money(Money{1}, clf) == "0.0001");
    CHECK(format_money(Money{max_amount_minor}, eur) == "9999999999999.99");
    CHECK(format_money(Money{std::numeric_limits<std::int64_t>::max()}, eur) ==
          "92233720368547758.07");
    CHECK(format_money(Money{std::numeric_limits<std::int64_t>::min()}, eur) ==
          "-92233720368547758.08");
}

TEST_CASE("format money and parse amount round trip", "[money]") {
    for (int digits : {0, 2, 3, 4})
        for (std::int64_t minor :
             {std::int64_t{1}, std::int64_t{9}, std::int64_t{10}, std::int64_t{99},
              std::int64_t{1000}, std::int64_t{123456789}, max_amount_minor}) {
            INFO("digits " << digits << " minor " << minor);
            CHECK(amount(format_money(Money{minor}, digits), digits) == std::to_string(minor));
        }
}

TEST_CASE("currency minor digits follow ISO 4217", "[money]") {
    CHECK(minor_digits("EUR") == 2);
    CHECK(minor_digits("USD") == 2);
    CHECK(minor_digits("GBP") == 2);
    CHECK(minor_digits("CHF") == 2);
    CHECK(minor_digits("AED") == 2); // first of the two-digit list
    CHECK(minor_digits("ZWL") == 2); // last of the two-digit list
    CHECK(minor_digits("JPY") == 0);
    CHECK(minor_digits("KRW") == 0);
    CHECK(minor_digits("KWD") == 3);
    CHECK(minor_digits("BHD") == 3);
    CHECK(minor_digits("TND") == 3);
    CHECK(minor_digits("CLF") == 4);
    CHECK(minor_digits("UYW") == 4);
}

TEST_CASE("currency minor digits knows no other codes", "[money]") {
    CHECK(minor_digits("EUX") == -1);
    CHECK(minor_digits("eur") == -1);
    CHECK(minor_digits("Eur") == -1);
    CHECK(minor_digits("jpy") == -1);
    CHECK(minor_digits("") == -1);
    CHECK(minor_digits("EU") == -1);
    CHECK(minor_digits("EURO") == -1);
    CHECK(minor_digits(" EUR") == -1);
    CHECK(minor_digits("EUR ") == -1);
    // Straddles two codes of the space-separated table: "AED AFN".
    CHECK(minor_digits("D A") == -1);
    CHECK(minor_digits("ED ") == -1);
}
