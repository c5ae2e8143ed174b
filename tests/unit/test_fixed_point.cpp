// Decimal text to scaled integers and back, and the one rounding rule.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "util/checked.hpp"
#include "util/fixed_point.hpp"

using namespace coop;

namespace {

constexpr std::int64_t no_limit = std::numeric_limits<std::int64_t>::max();

// "value@places_found", or the error.
std::string fixed(std::string_view text, int places, std::int64_t max_value = no_limit) {
    const FixedParse f = parse_fixed(text, places, max_value);
    switch (f.error) {
    case FixedError::none:
        return std::to_string(f.value) + "@" + std::to_string(f.places_found);
    case FixedError::empty:
        return "empty";
    case FixedError::not_a_number:
        return "not a number";
    case FixedError::too_many_places:
        return "too many places";
    case FixedError::out_of_range:
        return "out of range";
    }
    return "unknown error";
}

// Decimal digits of a 128-bit value, written independently of format_fixed.
std::string str(int128 v) {
    const bool negative = v < 0;
    std::string s;
    do {
        const int digit = static_cast<int>(v % 10);
        s.push_back(static_cast<char>('0' + (digit < 0 ? -digit : digit)));
        v /= 10;
    } while (v != 0);
    if (negative) s.push_back('-');
    std::reverse(s.begin(), s.end());
    return s;
}

int128 pow10_128(int n) {
    int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

std::string rounded(int128 value, int128 divisor) {
    return str(div_round_half_even(value, divisor));
}

} // namespace

TEST_CASE("parse fixed scales decimal text by the number of places", "[fixed]") {
    CHECK(fixed("123", 0) == "123@0");
    CHECK(fixed("1.5", 2) == "150@1");
    CHECK(fixed("1.50", 2) == "150@2");
    CHECK(fixed("0.25", 6) == "250000@2");
    CHECK(fixed("0", 3) == "0@0");
    CHECK(fixed("0.000", 3) == "0@3");
    CHECK(fixed("12.5", 4) == "125000@1");
    std::string leading_zeros(40, '0');
    leading_zeros += '1';
    CHECK(fixed(leading_zeros, 0, 10) == "1@0");
}

TEST_CASE("parse fixed tells empty text from text that is not a number", "[fixed]") {
    CHECK(fixed("", 2) == "empty");
    for (std::string_view text : {".", ".5", "5.", "1..2", "1.2.3", "-1", "+1", "1e3", " 1", "1 ",
                                  "1,5", "abc", "1.5x", "0x10", "1\n"}) {
        INFO("text: '" << text << "'");
        CHECK(fixed(text, 3) == "not a number");
    }
    // The shape is checked before the number of places.
    CHECK(fixed("abc.1234", 2) == "not a number");
}

TEST_CASE("parse fixed refuses more places than asked for and says how many it saw", "[fixed]") {
    CHECK(fixed("1.234", 2) == "too many places");
    CHECK(parse_fixed("1.234", 2, no_limit).places_found == 3);
    CHECK(fixed("1.5", 0) == "too many places");
    CHECK(fixed("0.0000001", 6) == "too many places");
    CHECK(parse_fixed("1.234", 2, no_limit).value == 0);
}

TEST_CASE("parse fixed holds the result to the maximum", "[fixed]") {
    CHECK(fixed("100", 0, 100) == "100@0");
    CHECK(fixed("101", 0, 100) == "out of range");
    CHECK(fixed("1.00", 2, 100) == "100@2");
    CHECK(fixed("1.01", 2, 100) == "out of range");
    CHECK(fixed("0", 0, 0) == "0@0");
    CHECK(fixed("1", 0, 0) == "out of range");
    CHECK(parse_fixed("101", 0, 100).value == 0);
}

TEST_CASE("parse fixed never wraps around 64 bits", "[fixed]") {
    CHECK(fixed("9223372036854775807", 0) == "9223372036854775807@0");
    CHECK(fixed("9223372036854775808", 0) == "out of range");
    CHECK(fixed("922337203685477580.7", 1) == "9223372036854775807@1");
    CHECK(fixed("922337203685477580.8", 1) == "out of range");
    // The padding zeros of missing places overflow too.
    CHECK(fixed("9223372036854775807", 1) == "out of range");
    CHECK(fixed("99999999999999999999999", 0) == "out of range");
    CHECK(fixed("18446744073709551617", 0) == "out of range");
}

TEST_CASE("format fixed writes exactly the given places", "[fixed]") {
    CHECK(format_fixed(12345, 2) == "123.45");
    CHECK(format_fixed(-1230, 2) == "-12.30");
    CHECK(format_fixed(5, 2) == "0.05");
    CHECK(format_fixed(-5, 2) == "-0.05");
    CHECK(format_fixed(0, 2) == "0.00");
    CHECK(format_fixed(100, 2) == "1.00");
    CHECK(format_fixed(0, 0) == "0");
    CHECK(format_fixed(7, 0) == "7");
    CHECK(format_fixed(-7, 0) == "-7");
    CHECK(format_fixed(1, 6) == "0.000001");
    CHECK(format_fixed(-1, 6) == "-0.000001");
    CHECK(format_fixed(123456, 6) == "0.123456");
    CHECK(format_fixed(1234567, 6) == "1.234567");
    CHECK(format_fixed(pow10_128(30), 0) == "1" + std::string(30, '0'));
    CHECK(format_fixed(pow10_128(30), 10) ==
          "1" + std::string(20, '0') + "." + std::string(10, '0'));
    CHECK(format_fixed(-pow10_128(30) - 1, 30) == "-1." + std::string(29, '0') + "1");
}

TEST_CASE("format fixed trimmed drops trailing fractional zeros only", "[fixed]") {
    CHECK(format_fixed_trimmed(1625000, 4) == "162.5");
    CHECK(format_fixed_trimmed(70000, 4) == "7");
    CHECK(format_fixed_trimmed(0, 4) == "0");
    CHECK(format_fixed_trimmed(0, 0) == "0");
    CHECK(format_fixed_trimmed(50, 0) == "50");
    CHECK(format_fixed_trimmed(100, 0) == "100");
    CHECK(format_fixed_trimmed(-1500, 3) == "-1.5");
    CHECK(format_fixed_trimmed(-5, 3) == "-0.005");
    CHECK(format_fixed_trimmed(-10000, 4) == "-1");
    CHECK(format_fixed_trimmed(-50, 2) == "-0.5");
    CHECK(format_fixed_trimmed(1, 4) == "0.0001");
    CHECK(format_fixed_trimmed(100, 2) == "1");
    CHECK(format_fixed_trimmed(10, 2) == "0.1");
    CHECK(format_fixed_trimmed(120, 2) == "1.2");
    CHECK(format_fixed_trimmed(1010, 3) == "1.01");
    CHECK(format_fixed_trimmed(1000000, 6) == "1");
    CHECK(format_fixed_trimmed(10000000000, 10) == "1");
}

TEST_CASE("div round half even rounds exact halves to the even neighbour", "[fixed]") {
    CHECK(rounded(5, 2) == "2");
    CHECK(rounded(7, 2) == "4");
    CHECK(rounded(-5, 2) == "-2");
    CHECK(rounded(-7, 2) == "-4");
    CHECK(rounded(1, 2) == "0");
    CHECK(rounded(3, 2) == "2");
    CHECK(rounded(-1, 2) == "0");
    CHECK(rounded(-3, 2) == "-2");
    CHECK(rounded(10, 4) == "2");
    CHECK(rounded(14, 4) == "4");
    CHECK(rounded(-10, 4) == "-2");
    CHECK(rounded(-14, 4) == "-4");
    CHECK(rounded(15, 10) == "2");
    CHECK(rounded(25, 10) == "2");
    CHECK(rounded(35, 10) == "4");
    CHECK(rounded(-15, 10) == "-2");
    CHECK(rounded(-25, 10) == "-2");
}

TEST_CASE("div round half even rounds other remainders to the nearest", "[fixed]") {
    CHECK(rounded(1, 3) == "0");
    CHECK(rounded(2, 3) == "1");
    CHECK(rounded(-1, 3) == "0");
    CHECK(rounded(-2, 3) == "-1");
    CHECK(rounded(4, 3) == "1");
    CHECK(rounded(5, 3) == "2");
    CHECK(rounded(-4, 3) == "-1");
    CHECK(rounded(-5, 3) == "-2");
    CHECK(rounded(9, 4) == "2");
    CHECK(rounded(11, 4) == "3");
    CHECK(rounded(-9, 4) == "-2");
    CHECK(rounded(-11, 4) == "-3");
    CHECK(rounded(6, 3) == "2");
    CHECK(rounded(-6, 3) == "-2");
    CHECK(rounded(0, 7) == "0");
    CHECK(rounded(7, 1) == "7");
    CHECK(rounded(-7, 1) == "-7");
}

TEST_CASE("div round half even works beyond 64 bits", "[fixed]") {
    const int128 big = pow10_128(30);
    CHECK(rounded(big + 5, 10) == str(pow10_128(29)));
    CHECK(rounded(big + 15, 10) == str(pow10_128(29) + 2));
    CHECK(rounded(-(big + 5), 10) == str(-pow10_128(29)));
    CHECK(rounded(-(big + 15), 10) == str(-pow10_128(29) - 2));
    CHECK(rounded(big, 3) == "333333333333333333333333333333");
    CHECK(rounded(2 * big, 3) == "666666666666666666666666666667");
}

TEST_CASE("div round half even is within half a unit and even on ties", "[fixed]") {
    int failures = 0;
    for (int v = -1000; v <= 1000; ++v)
        for (int d = 1; d <= 12; ++d) {
            const int128 q = div_round_half_even(v, d);
            const int128 diff = int128{v} - q * d;
            const int128 twice = 2 * (diff < 0 ? -diff : diff);
            const bool ok = twice < d || (twice == d && q % 2 == 0);
            if (!ok) {
                ++failures;
                UNSCOPED_INFO(v << " / " << d << " gave " << str(q));
            }
        }
    CHECK(failures == 0);
}
