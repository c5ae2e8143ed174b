// SPEC 3 rules 1-3: valid reviews, aggregates, factors and points, worked by hand.
#include <catch2/catch.hpp>

#include "ledger_builder.hpp"
#include "model/error.hpp"
#include "payout/scoring.hpp"

using namespace coop;
using namespace coop::test;

namespace {

ReviewPolicy with(Aggregate aggregate, std::int64_t trim = 0) {
    ReviewPolicy p;
    p.aggregate = aggregate;
    p.trim = trim;
    return p;
}

Rational r(std::int64_t num, std::int64_t den) {
    return make_rational(num, den);
}

// alice's contribution a-1 on 2026-11-03 (60 minutes of code), reviewed on
// 2026-11-05 by members r1, r2, ... with these scores.
Ledger reviewed_by(const std::vector<int>& scores, Policy policy) {
    LedgerBuilder b;
    b.policy() = std::move(policy);
    b.member("alice").work("a-1", "alice", "2026-11-03", 60);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const std::string reviewer = "r" + std::to_string(i + 1);
        b.member(reviewer).review(reviewer, "a-1", "2026-11-05", scores[i]);
    }
    return b.build();
}

} // namespace

TEST_CASE("median of an odd count is the middle score", "[payout][scoring]") {
    // 4 1 5 sorted is 1 4 5: the middle is 4.
    CHECK(aggregate_scores({4, 1, 5}, with(Aggregate::median)) == r(4, 1));
    // 4 / neutral 3 = 1.3333333... -> 1.333333
    CHECK(review_factor(r(4, 1), with(Aggregate::median)) == 1'333'333);
}

TEST_CASE("median of an even count is the mean of the two middle scores", "[payout][scoring]") {
    // 2 5 4 1 sorted is 1 2 4 5: (2 + 4) / 2 = 3, factor exactly 1.
    CHECK(aggregate_scores({2, 5, 4, 1}, with(Aggregate::median)) == r(3, 1));
    CHECK(review_factor(r(3, 1), with(Aggregate::median)) == 1'000'000);
    // 3 4: (3 + 4) / 2 = 7/2; 7/2 / 3 = 7/6 = 1.1666666... -> 1.166667
    CHECK(aggregate_scores({4, 3}, with(Aggregate::median)) == r(7, 2));
    CHECK(review_factor(r(7, 2), with(Aggregate::median)) == 1'166'667);
}

TEST_CASE("mean is exact", "[payout][scoring]") {
    // (1 + 2 + 2) / 3 = 5/3; 5/3 / 3 = 5/9 = 0.5555555... -> 0.555556
    CHECK(aggregate_scores({1, 2, 2}, with(Aggregate::mean)) == r(5, 3));
    CHECK(review_factor(r(5, 3), with(Aggregate::mean)) == 555'556);
}

TEST_CASE("trimmed mean cuts floor of n times trim from each end", "[payout][scoring]") {
    const ReviewPolicy ten = with(Aggregate::trimmed_mean, 100'000); // 10%
    // n = 9: floor(0.9) = 0 cut, the mean of all: 30/9 = 10/3
    // (a cut of 1 would give (1+2+3+4+5+5+5)/7 = 25/7 instead).
    CHECK(aggregate_scores({0, 1, 2, 3, 4, 5, 5, 5, 5}, ten) == r(10, 3));
    // n = 10: floor(1.0) = 1 cut: drop 0 and one 5, (1+2+3+3+3+3+4+5)/8 = 24/8 = 3
    // (no cut would give 29/10).
    CHECK(aggregate_scores({5, 0, 1, 2, 3, 3, 3, 3, 4, 5}, ten) == r(3, 1));
    // n = 20: floor(2.0) = 2 cut: drop 0 0 and 5 5, sixteen 1s remain: mean 1
    // (a cut of 1 would give 21/18, no cut 26/20).
    std::vector<int> twenty(16, 1);
    twenty.insert(twenty.end(), {0, 5, 0, 5});
    CHECK(aggregate_scores(twenty, ten) == r(1, 1));
    // trim 25%, n = 4: cut 1; 1 2 4 5 -> (2 + 4) / 2 = 3
    CHECK(aggregate_scores({5, 4, 2, 1}, with(Aggregate::trimmed_mean, 250'000)) == r(3, 1));
}

TEST_CASE("trimmed mean keeps the middle when the trim would cut everything", "[payout][scoring]") {
    const ReviewPolicy half = with(Aggregate::trimmed_mean, 500'000); // 50%
    // n = 2: floor(1) = 1 from each end would leave nothing: the cut is capped
    // at (n - 1) / 2 = 0, so (1 + 5) / 2 = 3.
    CHECK(aggregate_scores({1, 5}, half) == r(3, 1));
    // n = 3: floor(1.5) = 1 cut leaves the middle, 2.
    CHECK(aggregate_scores({5, 2, 0}, half) == r(2, 1));
}

TEST_CASE("factor is rounded to 6 places half to even", "[payout][scoring]") {
    ReviewPolicy p = with(Aggregate::median);
    // 1/3 = 0.3333333... -> 0.333333; 2/3 = 0.6666666... -> 0.666667
    CHECK(review_factor(r(1, 1), p) == 333'333);
    CHECK(review_factor(r(2, 1), p) == 666'667);
    // neutral 8, the mean of 16 scores: f = S / 128. 10^6 / 128 = 7812.5, so an
    // odd S lands exactly on a half at the 7th place.
    p.neutral = 8;
    // S = 17: 17/128 = 0.1328125 -> 0.132812 (2 is even: stays; half-up would say 0.132813)
    CHECK(review_factor(r(17, 16), p) == 132'812);
    // S = 19: 19/128 = 0.1484375 -> 0.148438 (7 is odd: goes up to 8)
    CHECK(review_factor(r(19, 16), p) == 148'438);
}

TEST_CASE("a factor on an exact half through the whole scoring", "[payout][scoring]") {
    Policy policy;
    policy.kinds = {{"code", 10'000}};
    policy.review.scale_max = 8;
    policy.review.neutral = 8;
    policy.review.aggregate = Aggregate::mean;
    // Sixteen reviews: fifteen 1s and one 4, S = 19, mean 19/16.
    std::vector<int> scores(15, 1);
    scores.push_back(4);
    const Ledger ledger = reviewed_by(scores, policy);
    const auto scored = score_period(ledger, period("2026-11"));
    REQUIRE(scored.size() == 1);
    CHECK(scored[0].reviews.size() == 16);
    CHECK(scored[0].aggregate == r(19, 16));
    // 19/16 / 8 = 19/128 = 0.1484375 -> 0.148438
    CHECK(scored[0].factor == 148'438);
    // 60 minutes x 1 x 0.148438 = 8.90628 points
    CHECK(scored[0].points == int128{60} * 10'000 * 148'438);
}

TEST_CASE("a 0 score is not the same as no review", "[payout][scoring]") {
    LedgerBuilder b;
    b.member("alice").member("bob").member("carol");
    b.work("a-1", "alice", "2026-11-03", 60).work("a-2", "alice", "2026-11-04", 60);
    b.review("bob", "a-1", "2026-11-05", 0).review("carol", "a-1", "2026-11-05", 0);
    const Ledger ledger = b.build();
    const auto scored = score_period(ledger, period("2026-11"));
    REQUIRE(scored.size() == 2);
    // a-1: two 0 scores reach min-reviews 2: median 0, factor 0, no points.
    CHECK(scored[0].reviewed);
    CHECK(scored[0].aggregate == r(0, 1));
    CHECK(scored[0].factor == 0);
    CHECK(scored[0].points == 0);
    // a-2: no review: the unreviewed factor 0.5, 60 x 1 x 0.5 = 30 points.
    CHECK_FALSE(scored[1].reviewed);
    CHECK_FALSE(scored[1].aggregate.has_value());
    CHECK(scored[1].factor == 500'000);
    CHECK(scored[1].points == points(30));
}

TEST_CASE("fewer than min-reviews valid reviews give the unreviewed factor", "[payout][scoring]") {
    Policy policy = LedgerBuilder().policy();
    policy.review.unreviewed_factor = 250'000; // 0.25
    // One review of 5 with min-reviews 2: the aggregate is shown, but unused.
    const Ledger one = reviewed_by({5}, policy);
    const auto scored = score_period(one, period("2026-11"));
    REQUIRE(scored.size() == 1);
    CHECK_FALSE(scored[0].reviewed);
    CHECK(scored[0].aggregate == r(5, 1));
    CHECK(scored[0].factor == 250'000);
    // 60 x 1 x 0.25 = 15 points
    CHECK(scored[0].points == points(15));
}

TEST_CASE("min-reviews 0 still needs a review for an aggregate", "[payout][scoring]") {
    Policy policy = LedgerBuilder().policy();
    policy.review.min_reviews = 0;
    // No review at all: there is no aggregate, so the unreviewed factor 0.5.
    const Ledger none = reviewed_by({}, policy);
    CHECK(score_period(none, period("2026-11"))[0].factor == 500'000);
    // One review of 4 is enough: 4/3 = 1.333333
    const Ledger one = reviewed_by({4}, policy);
    CHECK(score_period(one, period("2026-11"))[0].factor == 1'333'333);
}

TEST_CASE("only valid reviews count", "[payout][scoring]") {
    LedgerBuilder b;
    b.member("alice").member("bob");
    b.member("carol", "2026-11-10");              // joins after her review
    b.member("dave", "2020-01-01", "2026-11-04"); // out from 2026-11-05
    b.member("erin", "2020-01-01", "2026-11-05"); // still in on 2026-11-05
    b.work("a-1", "alice", "2026-11-03", 60);
    b.review("bob", "a-1", "2026-11-05", 4);   // valid
    b.review("carol", "a-1", "2026-11-06", 0); // not yet a member: ignored
    b.review("dave", "a-1", "2026-11-05", 0);  // left the day before: ignored
    b.review("erin", "a-1", "2026-11-05", 5);  // her last day: valid
    b.review("alice", "a-1", "2026-11-05", 0); // her own work: ignored
    b.review("bob", "a-1", "2026-11-07", 0);   // bob's second review: ignored
    b.review("zed", "a-1", "2026-11-05", 0);   // not a member at all: ignored
    b.review("bob", "a-9", "2026-11-05", 0);   // another contribution
    const Ledger ledger = b.build();
    const auto scored = score_period(ledger, period("2026-11"));
    REQUIRE(scored.size() == 1);
    REQUIRE(scored[0].reviews.size() == 2);
    CHECK(ledger.name(scored[0].reviews[0]->reviewer) == "bob");
    CHECK(scored[0].reviews[0]->score == 4);
    CHECK(ledger.name(scored[0].reviews[1]->reviewer) == "erin");
    // median of 4 5 = 9/2; 9/2 / 3 = 1.5; 60 minutes x 1 x 1.5 = 90 points
    // (with carol's or dave's 0 it would be the median of 0 4 5 = 4).
    CHECK(scored[0].aggregate == r(9, 2));
    CHECK(scored[0].factor == 1'500'000);
    CHECK(scored[0].points == points(90));
}

TEST_CASE("reviews dated after the period still count", "[payout][scoring]") {
    LedgerBuilder b;
    b.member("alice").member("bob").member("carol");
    b.work("a-1", "alice", "2026-11-30", 60);
    b.review("bob", "a-1", "2026-12-02", 3).review("carol", "a-1", "2027-01-15", 3);
    const Ledger ledger = b.build();
    const auto scored = score_period(ledger, period("2026-11"));
    REQUIRE(scored.size() == 1);
    // Two valid reviews of 3: factor 1, 60 points.
    CHECK(scored[0].reviewed);
    CHECK(scored[0].points == points(60));
    // December has no contribution of its own.
    CHECK(score_period(ledger, period("2026-12")).empty());
}

TEST_CASE("points weigh minutes by kind and factor", "[payout][scoring]") {
    LedgerBuilder b;
    b.member("alice").member("bob").member("carol");
    b.work("a-1", "alice", "2026-11-03", 90, "support");
    b.review("bob", "a-1", "2026-11-05", 3).review("carol", "a-1", "2026-11-05", 3);
    const Ledger ledger = b.build();
    const auto scored = score_period(ledger, period("2026-11"));
    REQUIRE(scored.size() == 1);
    // 90 minutes x 0.8 x 1 = 72 points
    CHECK(scored[0].weight == 8'000);
    CHECK(scored[0].points == points(72));
}

TEST_CASE("contributions of a period come sorted by date then id", "[payout][scoring]") {
    LedgerBuilder b;
    b.member("alice").member("bob");
    b.work("b-2", "bob", "2026-11-05", 5).work("a-2", "alice", "2026-11-05", 5);
    b.work("z-1", "bob", "2026-11-01", 5).work("x-0", "bob", "2026-10-31", 5);
    const Ledger ledger = b.build();
    const auto scored = score_period(ledger, period("2026-11"));
    REQUIRE(scored.size() == 3);
    CHECK(ledger.name(scored[0].contribution->id) == "z-1");
    CHECK(ledger.name(scored[1].contribution->id) == "a-2");
    CHECK(ledger.name(scored[2].contribution->id) == "b-2");
}

TEST_CASE("an unknown kind stops the scoring", "[payout][scoring]") {
    LedgerBuilder b;
    b.member("alice").work("a-1", "alice", "2026-11-03", 60, "cod");
    const Ledger ledger = b.build();
    try {
        score_period(ledger, period("2026-11"));
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::ledger);
        CHECK(std::string(e.what()) == "contribution 'a-1' has unknown kind 'cod'");
    }
}
