#pragma once
// Exact fractions of 128-bit integers, kept in lowest terms. Knows nothing of
// the ledger; arithmetic that would overflow gives nothing instead of wrapping.
#include <optional>

#include "util/checked.hpp"

namespace coop {

struct Rational {
    int128 num = 0;
    int128 den = 1; // > 0, and gcd(num, den) == 1

    bool operator==(const Rational&) const = default;
};

// num / den in lowest terms with a positive denominator; den must not be 0.
Rational make_rational(int128 num, int128 den);

// a + b exactly, or nothing on overflow.
std::optional<Rational> add_exact(const Rational& a, const Rational& b);

// a - b exactly, or nothing on overflow.
std::optional<Rational> sub_exact(const Rational& a, const Rational& b);

// a x b exactly, or nothing on overflow.
std::optional<Rational> mul_exact(const Rational& a, const Rational& b);

// -1, 0 or 1 as a < b, a == b, a > b; exact whatever the size of the terms
// (by their continued fractions, never by cross products that could overflow).
int compare(const Rational& a, const Rational& b);

// |a|
Rational abs(const Rational& a);

} // namespace coop
