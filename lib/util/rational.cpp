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

std::optional<Rational> sub_exact(const Rational& a, const Rational& b) {
    const auto minus = checked_sub(int128{0}, b.num);
    if (!minus) return std::nullopt;
    return add_exact(a, Rational{*minus, b.den});
}

std::optional<Rational> mul_exact(const Rational& a, const Rational& b) {
    // Cancelled crosswise first, so products of fractions in lowest terms stay small.
    const int128 g1 = gcd(a.num, b.den);
    const int128 g2 = gcd(b.num, a.den);
    const auto num = checked_mul(g1 > 1 ? a.num / g1 : a.num, g2 > 1 ? b.num / g2 : b.num);
    const auto den = checked_mul(g2 > 1 ? a.den / g2 : a.den, g1 > 1 ? b.den / g1 : b.den);
    if (!num || !den) return std::nullopt;
    return make_rational(*num, *den);
}

int compare(const Rational& a, const Rational& b) {
    // The integer parts decide; when they are equal, the fractional parts r/d
    // compare as their reciprocals d/r do, the other way round.
    const auto floor_div = [](int128 n, int128 d) {
        const int128 q = n / d;
        return (n % d != 0 && n < 0) ? q - 1 : q;
    };
    int128 an = a.num, ad = a.den, bn = b.num, bd = b.den;
    int sign = 1;
    for (;;) {
        const int128 qa = floor_div(an, ad);
        const int128 qb = floor_div(bn, bd);
        if (qa != qb) return qa < qb ? -sign : sign;
        const int128 ra = an - qa * ad; // 0 <= ra < ad
        const int128 rb = bn - qb * bd;
        if (ra == 0 || rb == 0) return ra == rb ? 0 : (ra == 0 ? -sign : sign);
        an = ad;
        ad = ra;
        bn = bd;
        bd = rb;
        sign = -sign;
    }
}

Rational abs(const Rational& a) {
    return a.num < 0 ? Rational{-a.num, a.den} : a;
}

} // namespace coop
