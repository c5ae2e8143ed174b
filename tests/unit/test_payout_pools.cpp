// SPEC 3 rule 4 (pools, commissions, general share, folding, the deficit carried in) and
// the roundings of rules 4 and 7, by hand.
#include <catch2/catch.hpp>

#include "ledger_builder.hpp"
#include "payout/pools.hpp"

using namespace coop;
using namespace coop::test;

namespace {

Money m(std::int64_t minor) {
    return Money{minor};
}

} // namespace

TEST_CASE("commission is rounded half to even to the minor unit", "[payout][pools]") {
    const std::int64_t five_percent = 50'000;
    // 5% of 0.50 = 0.025 -> 0.02 (2 is even)
    CHECK(commission_of(m(50), five_percent) == m(2));
    // 5% of 0.70 = 0.035 -> 0.04 (3 is odd)
    CHECK(commission_of(m(70), five_percent) == m(4));
    // 5% of 0.10 = 0.005 -> 0.00; 5% of 0.30 = 0.015 -> 0.02
    CHECK(commission_of(m(10), five_percent) == m(0));
    CHECK(commission_of(m(30), five_percent) == m(2));
    // 5% of 0.31 = 0.0155 -> 0.02 (above the half)
    CHECK(commission_of(m(31), five_percent) == m(2));
}

TEST_CASE("reserve is rounded half to even to the minor unit", "[payout][pools]") {
    const std::int64_t ten_percent = 100'000;
    // 10% of 0.05 = 0.005 -> 0.00; of 0.15 = 0.015 -> 0.02; of 0.25 = 0.025 -> 0.02
    CHECK(reserve_of(m(5), ten_percent) == m(0));
    CHECK(reserve_of(m(15), ten_percent) == m(2));
    CHECK(reserve_of(m(25), ten_percent) == m(2));
    // 12.5% of 1.00 = 0.125 -> 0.12
    CHECK(reserve_of(m(100), 125'000) == m(12));
}

TEST_CASE("pools of a period with commissions and a folded project", "[payout][pools]") {
    LedgerBuilder b; // reserve 10%, connector 5%
    b.income("rev-20261102-a", "2026-11-02", "1000.00", "", "dave");
    b.income("rev-20261105-web", "2026-11-05", "500.00", "web");
    b.expense("rev-20261106-x", "2026-11-06", "100.00");
    b.expense("rev-20261107-w", "2026-11-07", "50.00", "web");
    b.income("rev-20261108-ads", "2026-11-08", "200.00", "ads", "erin");
    b.expense("rev-20261109-ads", "2026-11-09", "30.00", "ads");
    b.income("rev-20261201-dec", "2026-12-01", "999.00");  // December: not in the period
    b.expense("rev-20261031-oct", "2026-10-31", "999.00"); // October: not in the period
    const Ledger ledger = b.build();
    const std::vector<std::string_view> worked = {"web"}; // nobody worked on ads
    const Pools pools =
        build_pools(ledger, period("2026-11"), ledger.policy.distribution, worked, Money{});

    REQUIRE(pools.pools.size() == 3);
    const Pool& general = pools.pools[0];
    const Pool& ads = pools.pools[1];
    const Pool& web = pools.pools[2];

    // general, with ads folded in: income 1000 + 200 = 1200.00, commissions
    // 5% of 1000 = 50.00 and 5% of 200 = 10.00, expenses 100 + 30 = 130.00;
    // balance 1200 - 60 - 130 = 1010.00.
    CHECK(general.name == "general");
    CHECK(general.general);
    CHECK_FALSE(general.folded);
    CHECK(general.income == m(120000));
    CHECK(general.commissions == m(6000));
    CHECK(general.expenses == m(13000));
    CHECK(general.balance == m(101000));
    CHECK(general.general_share == m(0));

    // ads: its own figures, shown but counted in general: 200 - 10 - 30 = 160.00.
    CHECK(ads.name == "ads");
    CHECK(ads.folded);
    CHECK(ads.income == m(20000));
    CHECK(ads.commissions == m(1000));
    CHECK(ads.expenses == m(3000));
    CHECK(ads.balance == m(16000));

    // web: 500 - 50 = 450.00.
    CHECK(web.name == "web");
    CHECK_FALSE(web.folded);
    CHECK(web.balance == m(45000));

    // One commission per income entry naming a connector, by entry id.
    REQUIRE(pools.commissions.size() == 2);
    CHECK(pools.commissions[0].connector == "dave");
    CHECK(pools.commissions[0].amount == m(5000));
    CHECK(pools.commissions[1].connector == "erin");
    CHECK(pools.commissions[1].amount == m(1000));
}

TEST_CASE("a pool in the red has a negative balance before rule 5", "[payout][pools]") {
    LedgerBuilder b;
    b.income("rev-20261102-web", "2026-11-02", "50.00", "web");
    b.expense("rev-20261103-web", "2026-11-03", "80.00", "web");
    b.expense("rev-20261104-rent", "2026-11-04", "12.34");
    const Ledger ledger = b.build();
    const std::vector<std::string_view> worked = {"web"};
    const Pools pools =
        build_pools(ledger, period("2026-11"), ledger.policy.distribution, worked, Money{});
    REQUIRE(pools.pools.size() == 2);
    // general: 0 - 12.34; web: 50 - 80 = -30.00
    CHECK(pools.pools[0].balance == m(-1234));
    CHECK(pools.pools[1].balance == m(-3000));
}

TEST_CASE("a folded project in the red lowers the general pool", "[payout][pools]") {
    LedgerBuilder b;
    b.income("rev-20261102-a", "2026-11-02", "100.00");
    b.expense("rev-20261103-ads", "2026-11-03", "40.00", "ads");
    const Ledger ledger = b.build();
    const Pools pools =
        build_pools(ledger, period("2026-11"), ledger.policy.distribution, {}, Money{});
    REQUIRE(pools.pools.size() == 2);
    // general: 100 - 40 = 60.00
    CHECK(pools.pools[0].balance == m(6000));
    // ads folded: its -40.00 is shown, and counted in general
    CHECK(pools.pools[1].folded);
    CHECK(pools.pools[1].balance == m(-4000));
}

TEST_CASE("general-share moves part of each project income, after commission", "[payout][pools]") {
    LedgerBuilder b;                                 // connector 5%
    b.policy().distribution.general_share = 150'000; // 15%
    // web: 1000.00 with a connector: commission 50.00, rest 950.00, 15% = 142.50 moved
    b.income("rev-20261102-web", "2026-11-02", "1000.00", "web", "dave");
    // web: 0.05 x 15% = 0.0075 -> 0.01
    b.income("rev-20261103-web", "2026-11-03", "0.05", "web");
    // app: 10.10, 15% = 1.515 -> 1.52 (the cent is odd, so half to even goes up)
    b.income("rev-20261104-app", "2026-11-04", "10.10", "app");
    // the general pool's own income moves nothing
    b.income("rev-20261105-gen", "2026-11-05", "200.00");
    // ads has no work: folded, its move of 15% x 100.00 = 15.00 cancels
    b.income("rev-20261106-ads", "2026-11-06", "100.00", "ads");
    const Ledger ledger = b.build();
    const std::vector<std::string_view> worked = {"app", "web"};
    const Pools pools = build_pools(ledger, period("2026-11"), ledger.policy.distribution, worked,
                                    m(3000)); // 30.00 deficit carried in
    REQUIRE(pools.pools.size() == 4);
    const Pool& general = pools.pools[0];
    const Pool& ads = pools.pools[1];
    const Pool& app = pools.pools[2];
    const Pool& web = pools.pools[3];
    CHECK(web.general_share == m(-14251));
    CHECK(web.balance == m(100005 - 5000 - 14251));
    CHECK(app.general_share == m(-152));
    CHECK(app.balance == m(1010 - 152));
    CHECK(ads.folded);
    CHECK(ads.general_share == m(-1500));
    // general: 200.00 + ads 100.00 income, + 142.51 + 1.52 (+ 15.00 - 15.00 from ads) moved
    // in, - 30.00 carried in
    CHECK(general.income == m(30000));
    CHECK(general.general_share == m(14251 + 152));
    CHECK(general.deficit_in == m(3000));
    CHECK(general.balance == m(30000 + 14251 + 152 - 3000));
    // Money moves between pools but none is made or lost.
    std::int64_t total = 0;
    for (const Pool& p : pools.pools)
        if (!p.folded) total += p.balance.minor;
    CHECK(total == 100005 + 1010 + 20000 + 10000 - 5000 - 3000);
}

TEST_CASE("a circle's upstream: income net of commissions x rate, an expense of the general pool",
          "[payout][pools][circle]") {
    LedgerBuilder b;                                                 // reserve 10%, connector 5%
    b.policy().distribution.upstream = 100'000;                      // 10%
    b.income("rev-20261102-a", "2026-11-02", "1000.00", "", "dave"); // commission 50.00
    b.income("rev-20261105-web", "2026-11-05", "333.35", "web");
    b.income("rev-20261108-ads", "2026-11-08", "200.00", "ads"); // folded: nobody worked on it
    b.expense("rev-20261106-x", "2026-11-06", "100.00");
    b.income("rev-20261201-dec", "2026-12-01", "999.00"); // December: not in the period
    const Ledger ledger = b.build();
    const std::vector<std::string_view> worked = {"web"};
    const Pools pools =
        build_pools(ledger, period("2026-11"), ledger.policy.distribution, worked, Money{});
    // (1000.00 - 50.00 + 333.35 + 200.00) x 10% = 148.335 -> 148.34 (half to even: 4 is even)
    CHECK(pools.upstream == m(14'834));
    const Pool& general = pools.pools[0];
    CHECK(general.upstream == m(14'834));
    CHECK(general.expenses == m(10'000 + 14'834));
    // 1000.00 - 50.00 + 200.00 (ads folded in) - 100.00 - 148.34
    CHECK(general.balance == m(100'000 - 5'000 + 20'000 - 10'000 - 14'834));
    CHECK(pools.pools[2].name == "web");
    CHECK(pools.pools[2].upstream == m(0));
    CHECK(pools.pools[2].expenses == m(0));
    CHECK(upstream_of(m(14'835), 100'000) == m(1'484)); // 1483.5 -> 1484 (odd 3 rounds up)
    CHECK(upstream_of(m(14'825), 100'000) == m(1'482)); // 1482.5 -> 1482 (2 is even)
}

TEST_CASE("a co-op that is not a circle charges no upstream", "[payout][pools][circle]") {
    LedgerBuilder b;
    b.income("rev-20261102-a", "2026-11-02", "1000.00");
    const Ledger ledger = b.build();
    const Pools pools = build_pools(ledger, period("2026-11"), ledger.policy.distribution, {}, {});
    CHECK(pools.upstream == m(0));
    CHECK(pools.pools[0].expenses == m(0));
}
