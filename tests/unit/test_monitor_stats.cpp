// The exact statistics of SPEC 7 on plain numbers, computed by hand.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "ledger_builder.hpp"
#include "monitor/stats.hpp"

using namespace coop;
using namespace coop::monitor;

namespace {

Rational r(std::int64_t num, std::int64_t den) {
    return make_rational(num, den);
}

std::vector<int128> amounts(std::initializer_list<std::int64_t> xs) {
    std::vector<int128> out;
    for (const auto x : xs)
        out.push_back(x);
    return out;
}

} // namespace

TEST_CASE("rationals compare exactly even when cross products would overflow", "[monitor]") {
    CHECK(compare(r(1, 3), r(333'333, 1'000'000)) > 0);
    CHECK(compare(r(-1, 2), r(-1, 3)) < 0);
    CHECK(compare(r(7, 4), r(7, 4)) == 0);
    CHECK(compare(r(2, 1), r(3, 2)) > 0);
    const int128 big = int128{1} << 100;
    // (big + 1) / big against (big + 2) / (big + 1): both just above 1, and
    // their cross products need about 200 bits
    CHECK(compare(make_rational(big + 1, big), make_rational(big + 2, big + 1)) > 0);
    CHECK(compare(make_rational(-big - 1, big), make_rational(-big - 2, big + 1)) < 0);
}

TEST_CASE("medians of an odd and an even count, and the median absolute deviation", "[monitor]") {
    const std::vector<std::int64_t> odd{5, 1, 3};
    const std::vector<std::int64_t> even{4, 1, 3, 2};
    CHECK(median(odd) == r(3, 1));
    CHECK(median(even) == r(5, 2)); // (2 + 3) / 2
    // |x - 5/2|: 3/2, 1/2, 1/2, 3/2 -> the median of those is 1
    CHECK(median_abs_deviation(even, r(5, 2)) == r(1, 1));
    // four 1-hour contributions and a 20-hour one: nothing deviates but the one
    const std::vector<std::int64_t> hours{60, 60, 1200, 60, 60};
    CHECK(median(hours) == r(60, 1));
    CHECK(median_abs_deviation(hours, r(60, 1)) == r(0, 1));
    CHECK(median(std::vector<Rational>{r(-5, 2), r(0, 1), r(-1, 1), r(-5, 2)}) == r(-7, 4));
}

TEST_CASE("the Herfindahl index of review counts", "[monitor]") {
    const std::vector<std::int64_t> focused{6, 2};
    CHECK(herfindahl(focused) == r(5, 8)); // (36 + 4) / 64
    const std::vector<std::int64_t> spread{1, 1, 1, 1};
    CHECK(herfindahl(spread) == r(1, 4));
}

TEST_CASE("the Gini coefficient of a small set, exactly", "[monitor]") {
    // 1, 2, 3, 4: sum 10, sum i x(i) = 1 + 4 + 9 + 16 = 30;
    // G = 2 x 30 / (4 x 10) - 5 / 4 = 1/4
    const Concentration c = concentration(amounts({3, 1, 4, 2}));
    CHECK(c.n == 4);
    CHECK(c.total == 10);
    CHECK(c.weighted_sum == 30);
    REQUIRE(c.gini);
    CHECK(*c.gini == r(1, 4));
    // all to one of four: G = 2 x 40 / 40 - 5 / 4 = 3/4, the most n = 4 allows
    CHECK(*concentration(amounts({0, 0, 10, 0})).gini == r(3, 4));
    // equal shares: 0
    CHECK(*concentration(amounts({7, 7, 7})).gini == r(0, 1));
    // nothing to share: no Gini, no Nakamoto
    const Concentration none = concentration(amounts({0, 0}));
    CHECK_FALSE(none.gini);
    CHECK(none.nakamoto == 0);
    CHECK_FALSE(none.top_share);
    CHECK_FALSE(none.theil);
}

TEST_CASE("the Nakamoto coefficient needs more than half, not half", "[monitor]") {
    // 50 of 100 is exactly half: one more member is needed
    CHECK(concentration(amounts({50, 30, 20})).nakamoto == 2);
    CHECK(concentration(amounts({51, 29, 20})).nakamoto == 1);
    CHECK(concentration(amounts({25, 25, 25, 25})).nakamoto == 3);
    CHECK(concentration(amounts({1})).nakamoto == 1);
}

TEST_CASE("the top 10 percent share is that of the largest ceil(n / 10)", "[monitor]") {
    // 1..12: the top 2 (12 and 11) hold 23 of 78
    std::vector<int128> twelve;
    for (int i = 1; i <= 12; ++i)
        twelve.push_back(i);
    const Concentration c = concentration(twelve);
    CHECK(c.top_count == 2);
    CHECK(c.top_total == 23);
    CHECK(*c.top_share == r(23, 78));
    // fewer than 10 members: the largest one
    CHECK(concentration(amounts({1, 3})).top_count == 1);
    CHECK(*concentration(amounts({1, 3})).top_share == r(3, 4));
}

TEST_CASE("Theil's index is 0 for equal shares and ln n for one holder", "[monitor]") {
    CHECK(*concentration(amounts({5, 5, 5, 5})).theil == Approx(0.0).margin(1e-12));
    // one of four holds all: (1/4) x 4 ln 4 = ln 4
    CHECK(*concentration(amounts({0, 0, 0, 10})).theil == Approx(std::log(4.0)));
}
