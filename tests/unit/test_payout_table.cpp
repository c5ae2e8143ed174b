// SPEC 3 end to end: whole payout tables of small ledgers, worked by hand.
#include <catch2/catch.hpp>

#include "ledger_builder.hpp"
#include "model/error.hpp"
#include "payout/payout.hpp"

using namespace coop;
using namespace coop::test;

namespace {

Money m(std::int64_t minor) {
    return Money{minor};
}

const MemberPayout& row(const PayoutTable& t, std::string_view handle) {
    for (const MemberPayout& p : t.members)
        if (p.handle == handle) return p;
    FAIL("no row for " << handle);
    throw; // unreachable
}

} // namespace

TEST_CASE("a month with a project pool and a connector", "[payout][table]") {
    LedgerBuilder b; // median, neutral 3, min-reviews 2, unreviewed 0.5, reserve 10%, connector 5%
    b.member("alice").member("bob").member("carol").member("dave");
    // alice: 120 min code on web; median of 4 5 = 4.5, f = 1.5: 180 points
    b.work("alice-1", "alice", "2026-11-03", 120, "code", "web");
    b.review("bob", "alice-1", "2026-11-04", 4).review("carol", "alice-1", "2026-11-04", 5);
    // bob: 60 min support (0.8); median of 3 3, f = 1: 48 points
    b.work("bob-1", "bob", "2026-11-04", 60, "support");
    b.review("alice", "bob-1", "2026-11-05", 3).review("carol", "bob-1", "2026-11-05", 3);
    // carol: 90 min code on web, unreviewed, f = 0.5: 45 points
    b.work("carol-1", "carol", "2026-11-10", 90, "code", "web");
    b.income("rev-20261110-acme", "2026-11-10", "1000.00", "", "dave");
    b.income("rev-20261112-web", "2026-11-12", "300.00", "web");
    b.expense("rev-20261115-host", "2026-11-15", "100.00");
    const Ledger ledger = b.build();
    const PayoutTable t = compute_payout(ledger, period("2026-11"));

    REQUIRE(t.pools.size() == 2);
    const Pool& general = t.pools[0];
    const Pool& web = t.pools[1];
    // general: 1000.00 - 50.00 commission - 100.00 = 850.00; reserve 85.00; D = 765.00
    // shared by all work: P = 180 + 48 + 45 = 273 points
    CHECK(general.balance == m(85000));
    CHECK(general.reserve == m(8500));
    CHECK(general.distributable == m(76500));
    CHECK(general.points == points(273));
    // web: 300.00, reserve 30.00, D = 270.00, P = 180 + 45 = 225
    CHECK(web.name == "web");
    CHECK(web.distributable == m(27000));
    CHECK(web.points == points(225));

    REQUIRE(t.members.size() == 4);
    // general, 76500 x P_m / 273:
    //   alice 13770000/273 = 50439 r 153, bob 3672000/273 = 13450 r 150,
    //   carol 3442500/273 = 12609 r 243; 76498 given, 2 left: carol (243), alice (153).
    // web, 27000 x P_m / 225: alice 21600, carol 5400 exactly.
    const MemberPayout& alice = row(t, "alice");
    CHECK(alice.minutes == 120);
    CHECK(alice.contributions == 1);
    CHECK(alice.points == points(180));
    CHECK(alice.shares == std::vector<Money>{m(50440), m(21600)});
    CHECK(alice.earned == m(72040)); // 504.40 + 216.00
    const MemberPayout& bob = row(t, "bob");
    CHECK(bob.points == points(48));
    CHECK(bob.shares == std::vector<Money>{m(13450), m(0)});
    CHECK(bob.earned == m(13450));
    const MemberPayout& carol = row(t, "carol");
    CHECK(carol.shares == std::vector<Money>{m(12610), m(5400)});
    CHECK(carol.earned == m(18010)); // 126.10 + 54.00
    // dave did no work: his 5% of 1000.00 only
    const MemberPayout& dave = row(t, "dave");
    CHECK(dave.contributions == 0);
    CHECK(dave.points == 0);
    CHECK(dave.commission == m(5000));
    CHECK(dave.earned == m(5000));

    // income 1300.00, expenses 100.00, commissions 50.00, reserve 85 + 30 = 115.00,
    // paid 720.40 + 134.50 + 180.10 + 50.00 = 1085.00 = 1300 - 100 - 115
    CHECK(t.totals.income == m(130000));
    CHECK(t.totals.expenses == m(10000));
    CHECK(t.totals.commissions == m(5000));
    CHECK(t.totals.reserve == m(11500));
    CHECK(t.totals.earned == m(108500));
    CHECK(t.totals.paid == m(108500));
    CHECK(t.totals.loss == m(0));
    CHECK(t.reconciliation.holds());
}

TEST_CASE("members are sorted by handle and reviewers without work are left out",
          "[payout][table]") {
    LedgerBuilder b;
    b.member("zoe").member("amy").member("bob");
    b.work("zoe-1", "zoe", "2026-11-03", 60).work("amy-1", "amy", "2026-11-03", 60);
    b.review("bob", "zoe-1", "2026-11-04", 3);
    b.income("rev-20261105-a", "2026-11-05", "10.00");
    const Ledger ledger = b.build();
    const PayoutTable t = compute_payout(ledger, period("2026-11"));
    REQUIRE(t.members.size() == 2);
    CHECK(t.members[0].handle == "amy");
    CHECK(t.members[1].handle == "zoe");
    // 10.00 - 1.00 reserve = 9.00 between two unreviewed hours (30 points each):
    // 450 each.
    CHECK(t.members[0].earned == m(450));
    CHECK(t.members[1].earned == m(450));
}

TEST_CASE("a pool with no points goes to the reserve", "[payout][table]") {
    LedgerBuilder b;
    b.member("alice").member("bob").member("carol");
    // Two 0 scores: factor 0, no points.
    b.work("alice-1", "alice", "2026-11-03", 60, "code", "docs");
    b.review("bob", "alice-1", "2026-11-04", 0).review("carol", "alice-1", "2026-11-04", 0);
    b.income("rev-20261105-docs", "2026-11-05", "100.00", "docs");
    const Ledger ledger = b.build();
    const PayoutTable t = compute_payout(ledger, period("2026-11"));
    REQUIRE(t.pools.size() == 2);
    // docs: 100.00, reserve 10.00, D 90.00, P = 0: all 100.00 to the reserve
    CHECK(t.pools[1].points == 0);
    CHECK(t.pools[1].reserve == m(10000));
    CHECK(t.pools[1].distributable == m(0));
    // general: nothing to share
    CHECK(t.pools[0].balance == m(0));
    CHECK(t.pools[0].reserve == m(0));
    // alice worked, so she is listed, with nothing
    REQUIRE(t.members.size() == 1);
    CHECK(t.members[0].handle == "alice");
    CHECK(t.members[0].contributions == 1);
    CHECK(t.members[0].earned == m(0));
    CHECK(t.totals.reserve == m(10000));
    CHECK(t.totals.paid == m(0));
}

TEST_CASE("a pool in deficit is borne by the pool with a positive balance", "[payout][table]") {
    LedgerBuilder b;
    b.member("alice");
    b.work("alice-1", "alice", "2026-11-03", 60, "code", "web");
    b.expense("rev-20261104-rent", "2026-11-04", "50.00");
    b.income("rev-20261105-web", "2026-11-05", "200.00", "web");
    const Ledger ledger = b.build();
    const PayoutTable t = compute_payout(ledger, period("2026-11"));
    REQUIRE(t.pools.size() == 2);
    // general: -50.00, web: 200.00. S = 50.00 <= T = 200.00: web bears it all.
    CHECK(t.pools[0].deficit_shared == m(-5000));
    CHECK(t.pools[0].balance == m(0));
    CHECK(t.pools[0].distributable == m(0));
    CHECK(t.pools[0].points == points(30));
    CHECK(t.pools[1].deficit_shared == m(5000));
    CHECK(t.pools[1].balance == m(15000));
    // web: 150.00, reserve 15.00, all 135.00 to alice
    REQUIRE(t.members.size() == 1);
    CHECK(t.members[0].shares == std::vector<Money>{m(0), m(13500)});
    CHECK(t.members[0].earned == m(13500));
    // income 200 - expenses 50 = earned 135 + reserve 15
    CHECK(t.totals.income == m(20000));
    CHECK(t.totals.expenses == m(5000));
    CHECK(t.totals.reserve == m(1500));
    CHECK(t.totals.paid == m(13500));
    CHECK(t.totals.loss == m(0));
    CHECK(t.reconciliation.holds());
}

TEST_CASE("a project pool without work is folded into the general pool", "[payout][table]") {
    LedgerBuilder b;
    b.member("alice");
    b.work("alice-1", "alice", "2026-11-03", 60); // no project
    b.income("rev-20261105-ads", "2026-11-05", "100.00", "ads");
    const Ledger ledger = b.build();
    const PayoutTable t = compute_payout(ledger, period("2026-11"));
    REQUIRE(t.pools.size() == 2);
    // general takes the 100.00: reserve 10.00, alice 90.00
    CHECK(t.pools[0].income == m(10000));
    CHECK(t.pools[0].reserve == m(1000));
    CHECK(t.pools[0].distributable == m(9000));
    CHECK(t.pools[1].name == "ads");
    CHECK(t.pools[1].folded);
    CHECK(t.pools[1].reserve == m(0));
    REQUIRE(t.members.size() == 1);
    CHECK(t.members[0].earned == m(9000));
    // the folded pool is not counted twice
    CHECK(t.totals.income == m(10000));
    CHECK(t.totals.reserve == m(1000));
}

TEST_CASE("a JPY co-op has no minor digits", "[payout][table]") {
    LedgerBuilder b;
    b.policy().currency = "JPY";
    b.policy().minor_digits = 0;
    b.member("alice").member("bob").member("carol").member("dave");
    // alice 60 min and bob 30 min, each reviewed 3 3: factor 1, 60 and 30 points
    b.work("alice-1", "alice", "2026-11-03", 60).work("bob-1", "bob", "2026-11-03", 30);
    b.review("bob", "alice-1", "2026-11-04", 3).review("carol", "alice-1", "2026-11-04", 3);
    b.review("alice", "bob-1", "2026-11-04", 3).review("carol", "bob-1", "2026-11-04", 3);
    b.income("rev-20261105-a", "2026-11-05", "12345", "", "dave");
    const Ledger ledger = b.build();
    const PayoutTable t = compute_payout(ledger, period("2026-11"));
    // commission 5% of 12345 = 617.25 -> 617; balance 11728; reserve 1172.8 -> 1173;
    // D = 10555 over P = 90: alice 633300/90 = 7036 r 60, bob 316650/90 = 3518 r 30;
    // the one yen left goes to alice.
    REQUIRE(t.pools.size() == 1);
    CHECK(t.pools[0].commissions == m(617));
    CHECK(t.pools[0].reserve == m(1173));
    CHECK(t.pools[0].distributable == m(10555));
    REQUIRE(t.members.size() == 3);
    CHECK(row(t, "alice").earned == m(7037));
    CHECK(row(t, "bob").earned == m(3518));
    CHECK(row(t, "dave").earned == m(617));
    // 7037 + 3518 + 617 + 1173 = 12345
    CHECK(t.totals.paid == m(11172));
}

TEST_CASE("a KWD co-op has three minor digits", "[payout][table]") {
    LedgerBuilder b;
    b.policy().currency = "KWD";
    b.policy().minor_digits = 3;
    b.member("alice").member("bob").member("carol").member("dave");
    // three unreviewed half hours: 15 points each
    b.work("alice-1", "alice", "2026-11-03", 30).work("bob-1", "bob", "2026-11-03", 30);
    b.work("carol-1", "carol", "2026-11-03", 30);
    b.income("rev-20261105-a", "2026-11-05", "10.005", "", "dave");
    const Ledger ledger = b.build();
    const PayoutTable t = compute_payout(ledger, period("2026-11"));
    // commission 5% of 10.005 = 0.50025 -> 0.500; balance 9.505; reserve 0.9505 ->
    // 0.950 (0 even); D = 8.555 = 8555 fils; 8555 x 15 / 45 = 2851 r 30 each: the
    // two fils left go to alice and bob.
    CHECK(t.pools[0].commissions == m(500));
    CHECK(t.pools[0].reserve == m(950));
    CHECK(t.pools[0].distributable == m(8555));
    CHECK(row(t, "alice").earned == m(2852));
    CHECK(row(t, "bob").earned == m(2852));
    CHECK(row(t, "carol").earned == m(2851));
    CHECK(row(t, "dave").earned == m(500));
}

TEST_CASE("a quarter takes the entries of its three months", "[payout][table]") {
    LedgerBuilder b;
    b.policy().period = Cadence::quarterly;
    b.member("alice").member("bob");
    b.work("alice-0", "alice", "2026-09-30", 600); // Q3
    b.work("alice-1", "alice", "2026-10-01", 60);  // unreviewed: 30 points
    b.work("bob-1", "bob", "2026-12-31", 120);     // unreviewed: 60 points
    b.work("bob-2", "bob", "2027-01-01", 600);     // 2027-Q1
    b.income("rev-20260930-a", "2026-09-30", "1000.00");
    b.income("rev-20261001-a", "2026-10-01", "100.00");
    b.income("rev-20261231-a", "2026-12-31", "200.00");
    const Ledger ledger = b.build();
    const PayoutTable t = compute_payout(ledger, period("2026-Q4"));
    // 300.00, reserve 30.00, D = 270.00 over 30 + 60 points: 90.00 and 180.00
    CHECK(t.pools[0].income == m(30000));
    CHECK(t.pools[0].distributable == m(27000));
    REQUIRE(t.members.size() == 2);
    CHECK(row(t, "alice").minutes == 60);
    CHECK(row(t, "alice").earned == m(9000));
    CHECK(row(t, "bob").earned == m(18000));
    // November alone (a month of a quarterly co-op) has nothing.
    const PayoutTable november = compute_payout(ledger, period("2026-11"));
    CHECK(november.members.empty());
    CHECK(november.totals.income == m(0));
}

TEST_CASE("the latest period is that of the latest entry of any kind", "[payout][table]") {
    LedgerBuilder empty;
    CHECK_FALSE(latest_period(empty.build(), Cadence::monthly).has_value());

    LedgerBuilder b;
    b.member("alice").member("bob");
    b.work("alice-1", "alice", "2026-11-03", 60);
    b.income("rev-20261215-a", "2026-12-15", "10.00");
    b.review("bob", "alice-1", "2027-01-05", 3);
    const Ledger ledger = b.build();
    CHECK(latest_period(ledger, Cadence::monthly) == period("2027-01"));
    CHECK(latest_period(ledger, Cadence::quarterly) == period("2027-Q1"));
}

TEST_CASE("an overflowing total is an error naming it", "[payout][table]") {
    LedgerBuilder b;
    b.revenue_minor("rev-20261101-a", "2026-11-01", RevenueType::income, max_amount_minor);
    for (int i = 0; i < 10'000; ++i)
        b.revenue_minor("rev-20261101-" + std::to_string(i), "2026-11-01", RevenueType::income,
                        max_amount_minor);
    const Ledger ledger = b.build();
    try {
        compute_payout(ledger, period("2026-11"));
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::ledger);
        CHECK(std::string(e.what()) == "the income of pool 'general' overflows");
    }
}
