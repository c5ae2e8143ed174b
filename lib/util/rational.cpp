#include "util/rational.hpp"

namespace coop {

namespace {

// std::gcd does not accept __int128 in strict C++20.
int128 gcd(int128 a, int128 b) {
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b != 0) {
        const int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

} // namespace

Rational make_rational(int128 num, int128 den) {
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const int128 g = gcd(num, den);
    return g > 1 ? Rational{num / g, den / g} : Rational{num, den};
}

std::optional<Rational> add_exact(const Rational& a, const Rational& b) {
    // Over the least common denominator, so sums of many small fractions stay small.
    const int128 g = gcd(a.den, b.den);
    const int128 a_scale = b.den / g;
    const auto den = checked_mul(a.den, a_scale);
    const auto left = checked_mul(a.num, a_scale);
    const auto right = checked_mul(b.num, a.den / g);
    if (!den || !left || !right) return std::nullopt;
    const auto num = checked_add(*left, *right);
    if (!num) return std::nullopt;
    return make_rational(*num, *den);
}

Rational abs(const Rational& a) {
    return a.num < 0 ? Rational{-a.num, a.den} : a;
}

} // namespace coop
