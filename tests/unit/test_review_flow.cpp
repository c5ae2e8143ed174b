// coop todo's list and coop show's view of a contribution, on ledgers built in code.
#include <catch2/catch.hpp>

#include "ledger_builder.hpp"
#include "reviewing/contribution_view.hpp"
#include "reviewing/todo.hpp"

using namespace coop;
using coop::test::day;

namespace {

std::vector<std::string> ids(const Ledger& l, const std::vector<TodoItem>& items) {
    std::vector<std::string> out;
    for (const TodoItem& i : items)
        out.emplace_back(l.name(l.contributions[i.contribution].id));
    return out;
}

} // namespace

TEST_CASE("todo: not mine, not reviewed by me, open periods, fewest reviews then oldest") {
    test::LedgerBuilder b;
    b.member("alice").member("bob").member("carol").member("dave", "2026-11-25");
    b.work("alice-20261005-aaaa", "alice", "2026-10-05", 60)     // closed period
        .work("alice-20261103-bbbb", "alice", "2026-11-03", 120) // two reviews
        .work("bob-20261110-cccc", "bob", "2026-11-10", 90)      // one review
        .work("bob-20261120-dddd", "bob", "2026-11-20", 45)      // none, newer
        .work("carol-20261104-eeee", "carol", "2026-11-04", 60)  // none, older
        .work("bob-20261104-ffff", "bob", "2026-11-04", 30);     // none, same day: by id
    b.review("bob", "alice-20261103-bbbb", "2026-11-05", 4)
        .review("carol", "alice-20261103-bbbb", "2026-11-06", 3)
        .review("carol", "bob-20261110-cccc", "2026-11-12", 2)
        // dave was not yet a member: it does not count, but it is his review.
        .review("dave", "bob-20261120-dddd", "2026-11-21", 3);
    Ledger l = b.build();
    l.files.push_back("payouts/2026-10.yaml");

    const auto alice = review_todo(l, "alice", day("2026-12-02"));
    CHECK(ids(l, alice) == std::vector<std::string>{"bob-20261104-ffff", "carol-20261104-eeee",
                                                    "bob-20261120-dddd", "bob-20261110-cccc"});
    REQUIRE(alice.size() == 4);
    CHECK(alice[2].reviews == 0); // dave's review is not valid
    CHECK(alice[3].reviews == 1);
    CHECK(alice[0].window_ends == day("2026-12-07"));
    CHECK(alice[0].days_left == 5);

    const auto dave = review_todo(l, "dave", day("2026-12-09"));
    CHECK(ids(l, dave) == std::vector<std::string>{"bob-20261104-ffff", "carol-20261104-eeee",
                                                   "bob-20261110-cccc", "alice-20261103-bbbb"});
    CHECK(dave[0].days_left == -2);

    // Without the statement, October is open again.
    test::LedgerBuilder open;
    open.member("alice").member("bob").work("alice-20261005-aaaa", "alice", "2026-10-05", 60);
    const Ledger lo = open.build();
    const auto bob = review_todo(lo, "bob", day("2026-11-01"));
    REQUIRE(bob.size() == 1);
    CHECK(bob[0].window_ends == day("2026-11-07"));
    CHECK(bob[0].days_left == 6);
}

TEST_CASE("todo: a quarterly statement closes the months it covers") {
    test::LedgerBuilder b;
    b.member("alice").member("bob").work("alice-20261105-aaaa", "alice", "2026-11-05", 60);
    Ledger l = b.build();
    l.files.push_back("payouts/2026-Q4.yaml");
    CHECK(review_todo(l, "bob", day("2027-01-02")).empty());
}

TEST_CASE("show: each review's standing, the aggregate, factor and points") {
    test::LedgerBuilder b;
    b.member("alice").member("bob").member("carol").member("dave", "2026-11-15");
    b.work("alice-20261103-bbbb", "alice", "2026-11-03", 120, "support");
    b.review("carol", "alice-20261103-bbbb", "2026-11-06", 3)
        .review("bob", "alice-20261103-bbbb", "2026-11-05", 4)
        .review("alice", "alice-20261103-bbbb", "2026-11-05", 5)
        .review("dave", "alice-20261103-bbbb", "2026-11-07", 0)
        .review("bob", "alice-20261103-bbbb", "2026-11-08", 0);
    const Ledger l = b.build();
    const ContributionView v = view_contribution(l, 0);
    CHECK(format_period(v.period) == "2026-11");
    CHECK_FALSE(v.closed);
    CHECK(v.window_ends == day("2026-12-07"));
    REQUIRE(v.reviews.size() == 5);
    // By date, then reviewer.
    CHECK(l.name(v.reviews[0].review->reviewer) == "alice");
    CHECK(v.reviews[0].standing == ReviewStanding::by_contributor);
    CHECK(l.name(v.reviews[1].review->reviewer) == "bob");
    CHECK(v.reviews[1].standing == ReviewStanding::counted);
    CHECK(v.reviews[2].standing == ReviewStanding::counted); // carol
    CHECK(v.reviews[3].standing == ReviewStanding::not_a_member);
    CHECK(v.reviews[4].standing == ReviewStanding::second_review);
    // median(3, 4) = 3.5; factor 3.5 / 3 = 1.166667; 120 x 0.8 x 1.166667 = 112.000032
    REQUIRE(v.scored.reviewed);
    CHECK(v.scored.factor == 1'166'667);
    CHECK(v.scored.points == int128{1'120'000'320'000}); // times 10^10
}

TEST_CASE("show: the nearest id for a typo, none for something else") {
    test::LedgerBuilder b;
    b.member("alice").work("alice-20261103-k7q2", "alice", "2026-11-03", 60);
    const Ledger l = b.build();
    CHECK(nearest_contribution_id(l, "alice-20261103-k7q3") == "alice-20261103-k7q2");
    CHECK_FALSE(nearest_contribution_id(l, "bob"));
}
