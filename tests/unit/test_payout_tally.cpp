// What `coop tally` shows: per member totals and reviewer agreement, by hand.
#include <catch2/catch.hpp>

#include "ledger_builder.hpp"
#include "payout/tally.hpp"

using namespace coop;
using namespace coop::test;

namespace {

Rational r(std::int64_t num, std::int64_t den) {
    return make_rational(num, den);
}

} // namespace

TEST_CASE("reviewers are compared with the other reviewers of the same work", "[payout][tally]") {
    LedgerBuilder b;
    b.member("alice").member("bob").member("carol").member("dave");
    // x: bob 4, carol 2, dave 3 (S = 9, k = 3); each score minus the others' mean:
    //    bob 4 - 5/2 = 3/2, carol 2 - 7/2 = -3/2, dave 3 - 3 = 0
    b.work("x", "alice", "2026-11-03", 60);
    b.review("bob", "x", "2026-11-04", 4).review("carol", "x", "2026-11-04", 2);
    b.review("dave", "x", "2026-11-04", 3);
    // y: bob 5, dave 1: bob 5 - 1 = 4, dave 1 - 5 = -4
    b.work("y", "carol", "2026-11-05", 30);
    b.review("bob", "y", "2026-11-06", 5).review("dave", "y", "2026-11-06", 1);
    // z: alice 3 alone: nobody to compare with
    b.work("z", "bob", "2026-11-07", 45);
    b.review("alice", "z", "2026-11-08", 3);
    // w is October's: its review does not count for November
    b.work("w", "bob", "2026-10-07", 45);
    b.review("carol", "w", "2026-11-08", 0);
    const Ledger ledger = b.build();
    const Tally t = compute_tally(ledger, period("2026-11"));

    REQUIRE(t.contributions.size() == 3);
    REQUIRE(t.reviewers.size() == 4);
    const ReviewerStats& alice = t.reviewers[0];
    CHECK(alice.handle == "alice");
    CHECK(alice.reviews == 1);
    CHECK(alice.compared == 0);
    CHECK(alice.mean_difference == r(0, 1));
    // bob: (3/2 + 4) / 2 = 11/4, absolute the same
    const ReviewerStats& bob = t.reviewers[1];
    CHECK(bob.reviews == 2);
    CHECK(bob.compared == 2);
    CHECK(bob.mean_difference == r(11, 4));
    CHECK(bob.mean_abs_difference == r(11, 4));
    // carol: -3/2 over one review, absolute 3/2
    const ReviewerStats& carol = t.reviewers[2];
    CHECK(carol.reviews == 1);
    CHECK(carol.mean_difference == r(-3, 2));
    CHECK(carol.mean_abs_difference == r(3, 2));
    // dave: (0 - 4) / 2 = -2, absolute (0 + 4) / 2 = 2
    const ReviewerStats& dave = t.reviewers[3];
    CHECK(dave.compared == 2);
    CHECK(dave.mean_difference == r(-2, 1));
    CHECK(dave.mean_abs_difference == r(2, 1));

    // members: alice x (median 3, f = 1: 60 points); carol y (median 3, 30 points);
    // bob z (one review: unreviewed, 45 x 0.5 = 22.5 points)
    REQUIRE(t.members.size() == 3);
    CHECK(t.members[0].handle == "alice");
    CHECK(t.members[0].points == points(60));
    CHECK(t.members[0].reviewed == 1);
    CHECK(t.members[1].handle == "bob");
    CHECK(t.members[1].minutes == 45);
    CHECK(t.members[1].reviewed == 0);
    CHECK(t.members[1].points == points(225) / 10);
    CHECK(t.members[2].handle == "carol");
    CHECK(t.members[2].points == points(30));
}
