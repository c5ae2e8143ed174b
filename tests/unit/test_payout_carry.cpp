// SPEC 3 v2 across periods, worked by hand: deficits shared (and their ties),
// losses the reserve covers or cannot, deficits and balances carried, leavers,
// and the same in currencies of 0 and 3 minor digits.
#include <catch2/catch.hpp>

#include "ledger_builder.hpp"
#include "payout/payout.hpp"
#include "statement/chain.hpp"

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

const Pool& pool(const PayoutTable& t, std::string_view name) {
    for (const Pool& p : t.pools)
        if (p.name == name) return p;
    FAIL("no pool " << name);
    throw; // unreachable
}

} // namespace

TEST_CASE("ties in the deficit shares go to the general pool, then projects by name",
          "[payout][carry]") {
    LedgerBuilder b;
    b.member("alice").member("bob").member("carol");
    b.work("alice-1", "alice", "2026-11-02", 60, "code", "app");
    b.work("bob-1", "bob", "2026-11-02", 60, "code", "web");
    b.work("carol-1", "carol", "2026-11-02", 60, "code", "ads");
    b.income("rev-20261103-g", "2026-11-03", "10.00");
    b.income("rev-20261103-app", "2026-11-03", "10.00", "app");
    b.income("rev-20261103-web", "2026-11-03", "10.00", "web");
    b.expense("rev-20261104-ads", "2026-11-04", "0.02", "ads");
    const Ledger ledger = b.build();
    const PayoutTable t = compute_payout(ledger, period("2026-11"));
    // S = 2 cents, T = 3000 cents in three equal pools: quotas 2/3 of a cent
    // each, floors 0, equal remainders: one cent to general, one to app.
    REQUIRE(t.pools.size() == 4);
    CHECK(pool(t, "general").deficit_shared == m(1));
    CHECK(pool(t, "app").deficit_shared == m(1));
    CHECK(pool(t, "web").deficit_shared == m(0));
    CHECK(pool(t, "ads").deficit_shared == m(-2));
    CHECK(pool(t, "general").balance == m(999));
    CHECK(pool(t, "app").balance == m(999));
    CHECK(pool(t, "web").balance == m(1000));
    CHECK(pool(t, "ads").balance == m(0));
    // Reserves 10%: 99.9 -> 100, 99.9 -> 100, 100 cents.
    CHECK(t.totals.reserve == m(300));
    CHECK(t.totals.loss == m(0));
    CHECK(t.reconciliation.holds());
}

TEST_CASE("a loss larger than the reserve is carried, and charged two periods on",
          "[payout][carry]") {
    LedgerBuilder b;
    b.member("alice");
    b.work("alice-1", "alice", "2026-07-01", 60);
    b.income("rev-20260701-a", "2026-07-01", "100.00");
    b.work("alice-2", "alice", "2026-08-01", 60);
    b.expense("rev-20260802-rent", "2026-08-02", "30.00");
    b.work("alice-3", "alice", "2026-09-01", 60);
    b.income("rev-20260903-a", "2026-09-03", "15.00");
    b.work("alice-4", "alice", "2026-10-01", 60);
    b.income("rev-20261001-a", "2026-10-01", "100.00");
    const Ledger ledger = b.build();
    PayoutChain chain(ledger);

    // July: 100.00, reserve 10.00, alice 90.00.
    const PayoutTable jul = chain.payout(period("2026-07")).table;
    CHECK(row(jul, "alice").paid == m(9000));
    CHECK(jul.carried_out == Carried{m(1000), m(0), m(0)});

    // August: general at -30.00 and no pool to bear it: L = 30.00; the reserve
    // covers 10.00 of it and 20.00 is carried out. Alice's work earns nothing.
    const PayoutTable aug = chain.payout(period("2026-08")).table;
    CHECK(aug.carried_in == Carried{m(1000), m(0), m(0)});
    CHECK(aug.pools[0].deficit_shared == m(-3000));
    CHECK(aug.pools[0].balance == m(0));
    CHECK(aug.totals.loss == m(3000));
    CHECK(aug.totals.covered == m(1000));
    CHECK(row(aug, "alice").earned == m(0));
    CHECK(aug.carried_out == Carried{m(0), m(2000), m(0)});
    // Cash: 100 - 90 - 30 = -20.00 = reserve 0 + balances 0 - deficit 20.
    CHECK(aug.reconciliation.cash == m(-2000));
    CHECK(aug.reconciliation.holds());

    // September: the 20.00 is the general pool's deficit-in; 15.00 of income
    // leaves it at -5.00, a loss again, with no reserve: 5.00 carried on.
    const PayoutTable sep = chain.payout(period("2026-09")).table;
    CHECK(sep.carried_in == Carried{m(0), m(2000), m(0)});
    CHECK(sep.pools[0].deficit_in == m(2000));
    CHECK(sep.totals.expenses == m(0)); // D_in is not an expense of the period
    CHECK(sep.totals.loss == m(500));
    CHECK(sep.totals.covered == m(0));
    CHECK(sep.carried_out == Carried{m(0), m(500), m(0)});
    CHECK(sep.reconciliation.period_left == m(1500));  // income 15 - expenses 0
    CHECK(sep.reconciliation.period_right == m(1500)); // 0 + 0 - 0 - 5 + 20
    CHECK(sep.reconciliation.cash == m(-500));
    CHECK(sep.reconciliation.holds());

    // October: 100.00 - 5.00 carried in = 95.00, reserve 9.50, alice 85.50.
    const PayoutTable oct = chain.payout(period("2026-10")).table;
    CHECK(oct.pools[0].deficit_in == m(500));
    CHECK(oct.pools[0].balance == m(9500));
    CHECK(oct.pools[0].reserve == m(950));
    CHECK(row(oct, "alice").paid == m(8550));
    CHECK(oct.carried_out == Carried{m(950), m(0), m(0)});
    CHECK(oct.reconciliation.cash == m(950));
    CHECK(oct.reconciliation.holds());
}

TEST_CASE("balances under the minimum payout add up; a leaver is paid everything",
          "[payout][carry]") {
    LedgerBuilder b;
    b.policy().distribution.minimum_payout = m(5000); // 50.00
    b.member("alice").member("bob", "2020-01-01", "2026-08-15");
    // July: 60.00, reserve 6.00, 54.00 between two unreviewed hours: 27.00 each.
    b.work("alice-1", "alice", "2026-07-01", 60).work("bob-1", "bob", "2026-07-01", 60);
    b.income("rev-20260701-a", "2026-07-01", "60.00");
    // August: 20.00, reserve 2.00, alice alone 18.00; bob, gone, did no work.
    b.work("alice-2", "alice", "2026-08-20", 60);
    b.income("rev-20260820-a", "2026-08-20", "20.00");
    // September: nothing happens. October: 10.00, reserve 1.00, alice 9.00.
    b.work("alice-3", "alice", "2026-10-01", 60);
    b.income("rev-20261001-a", "2026-10-01", "10.00");
    const Ledger ledger = b.build();
    PayoutChain chain(ledger);

    const PayoutTable jul = chain.payout(period("2026-07")).table;
    CHECK(row(jul, "alice").earned == m(2700));
    CHECK(row(jul, "alice").paid == m(0));
    CHECK(row(jul, "bob").paid == m(0)); // still a member in July
    CHECK(row(jul, "bob").balance_out == m(2700));
    CHECK(jul.carried_out.balances == m(5400));

    const PayoutTable aug = chain.payout(period("2026-08")).table;
    const MemberPayout& bob = row(aug, "bob");
    CHECK(bob.left);
    CHECK(bob.contributions == 0);
    CHECK(bob.earned == m(0));
    CHECK(bob.balance_in == m(2700));
    CHECK(bob.paid == m(2700)); // under the minimum, but he left in August
    CHECK(bob.balance_out == m(0));
    CHECK(row(aug, "alice").balance == m(4500)); // 27.00 + 18.00 < 50.00
    CHECK(row(aug, "alice").paid == m(0));
    CHECK(aug.carried_out.balances == m(4500));
    // Cash: 60 + 20 - 27 = 53.00 = reserve 8.00 + balances 45.00.
    CHECK(aug.reconciliation.cash == m(5300));
    CHECK(aug.reconciliation.holds());

    // September: alice is listed for her balance alone, and bob is not.
    const PayoutTable sep = chain.payout(period("2026-09")).table;
    REQUIRE(sep.members.size() == 1);
    CHECK(sep.members[0].handle == "alice");
    CHECK(sep.members[0].balance_in == m(4500));
    CHECK(sep.members[0].paid == m(0));
    CHECK(sep.carried_out.balances == m(4500));

    // October: 45.00 + 9.00 = 54.00 reaches the minimum: all of it is paid.
    const PayoutTable oct = chain.payout(period("2026-10")).table;
    CHECK(row(oct, "alice").paid == m(5400));
    CHECK(oct.carried_out == Carried{m(900), m(0), m(0)});
    CHECK(oct.reconciliation.cash == m(900));
    CHECK(oct.reconciliation.holds());
}

TEST_CASE("JPY: general share, deficit and minimum payout in whole yen", "[payout][carry]") {
    LedgerBuilder b;
    b.policy().currency = "JPY";
    b.policy().minor_digits = 0;
    b.policy().distribution.general_share = 150'000; // 15%
    b.policy().distribution.minimum_payout = m(500);
    b.member("alice").member("bob").member("dave");
    b.work("alice-1", "alice", "2026-11-02", 60, "code", "web"); // unreviewed: 30 points
    b.work("bob-1", "bob", "2026-11-02", 30);                    // 15 points, no project
    b.income("rev-20261103-web", "2026-11-03", "1001", "web", "dave");
    b.expense("rev-20261104-rent", "2026-11-04", "500");
    const Ledger ledger = b.build();
    const PayoutTable t = compute_payout(ledger, period("2026-11"));
    // Commission 5% of 1001 = 50.05 -> 50; general share 15% of 951 = 142.65 ->
    // 143; web keeps 808. General: 143 - 500 = -357, borne by web: 451.
    const Pool& general = pool(t, "general");
    const Pool& web = pool(t, "web");
    CHECK(web.commissions == m(50));
    CHECK(web.general_share == m(-143));
    CHECK(general.general_share == m(143));
    CHECK(general.deficit_shared == m(-357));
    CHECK(web.deficit_shared == m(357));
    CHECK(web.balance == m(451));
    // Reserve 45.1 -> 45; 406 to alice, the web's only worker; bob's general
    // share is nothing.
    CHECK(web.reserve == m(45));
    CHECK(row(t, "alice").earned == m(406));
    CHECK(row(t, "bob").earned == m(0));
    CHECK(row(t, "dave").earned == m(50));
    // 406 and 50 are under 500 yen: nobody is paid, all is carried.
    CHECK(t.totals.paid == m(0));
    CHECK(t.carried_out == Carried{m(45), m(0), m(456)});
    // 1001 - 500 = 501 = reserve 45 + balances 456.
    CHECK(t.reconciliation.cash == m(501));
    CHECK(t.reconciliation.holds());
}

TEST_CASE("KWD: a loss partly covered, in fils", "[payout][carry]") {
    LedgerBuilder b;
    b.policy().currency = "KWD";
    b.policy().minor_digits = 3;
    b.member("alice");
    b.work("alice-1", "alice", "2026-10-01", 60);
    b.income("rev-20261001-a", "2026-10-01", "1.001");
    b.expense("rev-20261101-rent", "2026-11-01", "0.250");
    b.work("alice-2", "alice", "2026-12-01", 60);
    b.income("rev-20261201-a", "2026-12-01", "0.200");
    const Ledger ledger = b.build();
    PayoutChain chain(ledger);
    // October: reserve 10% of 1.001 = 0.1001 -> 0.100; alice 0.901.
    const PayoutTable oct = chain.payout(period("2026-10")).table;
    CHECK(oct.totals.reserve == m(100));
    CHECK(row(oct, "alice").paid == m(901));
    // November: L = 0.250; covered 0.100; 0.150 carried out.
    const PayoutTable nov = chain.payout(period("2026-11")).table;
    CHECK(nov.totals.loss == m(250));
    CHECK(nov.totals.covered == m(100));
    CHECK(nov.carried_out == Carried{m(0), m(150), m(0)});
    CHECK(nov.reconciliation.holds());
    // December: 0.200 - 0.150 = 0.050; reserve 0.005; alice 0.045.
    const PayoutTable dec = chain.payout(period("2026-12")).table;
    CHECK(dec.pools[0].deficit_in == m(150));
    CHECK(dec.pools[0].reserve == m(5));
    CHECK(row(dec, "alice").paid == m(45));
    // 1.001 - 0.901 - 0.250 + 0.200 - 0.045 = 0.005 = the reserve.
    CHECK(dec.reconciliation.cash == m(5));
    CHECK(dec.reconciliation.holds());
}
