// Properties of SPEC 3 that must hold for any ledger, checked on generated ones.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

#include "ledger_builder.hpp"
#include "payout/payout.hpp"
#include "statement/chain.hpp"
#include "util/fixed_point.hpp"

using namespace coop;
using namespace coop::test;

namespace {

struct Shape {
    unsigned seed;
    int members;
    int contributions;
};

template <typename T> const T& pick(std::mt19937& rng, const std::vector<T>& items) {
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(rng)];
}

int uniform(std::mt19937& rng, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

std::string date_text(Date from, int days_after) {
    return format_date(civil_from_days(days_from_civil(from) + days_after));
}

// A year of a co-op with a random policy, members coming and going, work on
// projects, reviews (some by members not active then, some of one's own work),
// income with and without connectors, expenses, and a monthly overhead that
// some months the income cannot bear. Every draw is a statement of its own:
// compilers evaluate a call's arguments in different orders, and the ledgers
// must be the same everywhere.
Ledger random_ledger(const Shape& shape) {
    std::mt19937 rng(shape.seed);
    LedgerBuilder b;
    Policy& p = b.policy();
    p.minor_digits = pick(rng, std::vector<int>{0, 2, 3});
    p.review.aggregate = pick(
        rng, std::vector<Aggregate>{Aggregate::median, Aggregate::mean, Aggregate::trimmed_mean});
    p.review.trim = pick(rng, std::vector<std::int64_t>{0, 100'000, 250'000});
    p.review.min_reviews = uniform(rng, 0, 3);
    p.review.unreviewed_factor = pick(rng, std::vector<std::int64_t>{0, 500'000, 1'000'000});
    Distribution& d = p.distribution;
    d.reserve = pick(rng, std::vector<std::int64_t>{0, 100'000, 125'000, 333'333});
    d.connector_share = pick(rng, std::vector<std::int64_t>{0, 50'000, 75'000});
    d.general_share = pick(rng, std::vector<std::int64_t>{0, 0, 150'000, 333'333});
    d.minimum_payout = Money{pick(rng, std::vector<std::int64_t>{0, 0, 20'000, 150'000})};

    const Date start = make_date(2026, 1, 1);
    std::vector<std::string> handles;
    for (int i = 0; i < shape.members; ++i) {
        handles.push_back("m" + std::to_string(i));
        const int joined = uniform(rng, -200, 300);
        const std::string left =
            uniform(rng, 0, 4) == 0 ? date_text(start, joined + uniform(rng, 0, 200)) : "";
        b.member(handles.back(), date_text(start, joined), left);
    }

    const std::vector<std::string> kinds = {"code", "design", "support", "sales"};
    const std::vector<std::string> projects = {"", "", "web", "app", "docs"};
    for (int i = 0; i < shape.contributions; ++i) {
        const std::string id = "c" + std::to_string(i);
        const std::string& author = pick(rng, handles);
        const int when = uniform(rng, 0, 364);
        const int minutes = uniform(rng, 5, 200);
        const std::string& kind = pick(rng, kinds);
        const std::string& project = pick(rng, projects);
        b.work(id, author, date_text(start, when), minutes, kind, project);
        std::set<std::string> reviewed_by; // one review per reviewer, as validation requires
        for (int k = uniform(rng, 0, 5); k > 0; --k) {
            const std::string& reviewer = pick(rng, handles);
            if (!reviewed_by.insert(reviewer).second) continue;
            const int later = uniform(rng, 0, 40);
            const int score = uniform(rng, 0, 5);
            b.review(reviewer, id, date_text(start, when + later), score);
        }
    }

    const std::vector<std::string> pools = {"", "", "web", "app", "docs", "ads"};
    const int incomes = uniform(rng, 20, 80);
    const int expenses = uniform(rng, 5, 30);
    for (int i = 0; i < incomes + expenses; ++i) {
        const bool income = i < incomes;
        const std::string connector = income && uniform(rng, 0, 2) == 0 ? pick(rng, handles) : "";
        const int when = uniform(rng, 0, 364);
        const int amount = uniform(rng, 1, 1'000'000);
        const std::string& pool = pick(rng, pools);
        b.revenue_minor("rev-" + std::to_string(i), date_text(start, when),
                        income ? RevenueType::income : RevenueType::expense, amount, pool,
                        connector);
    }
    // Rent: about a month's income, some months more.
    const std::int64_t rent = std::int64_t{incomes} * 500'000 / 12;
    for (int month = 1; month <= 12; ++month) {
        const std::int64_t amount = rent * uniform(rng, 0, 160) / 100 + 1;
        b.revenue_minor("rev-rent-" + std::to_string(month),
                        format_date(make_date(2026, month, 28)), RevenueType::expense, amount);
    }
    return b.build();
}

std::vector<Period> months_of_2026() {
    std::vector<Period> out;
    for (int month = 1; month <= 12; ++month)
        out.push_back({Cadence::monthly, 2026, month});
    return out;
}

std::vector<Period> periods_of_2026() {
    std::vector<Period> out = months_of_2026();
    for (int quarter = 1; quarter <= 4; ++quarter)
        out.push_back({Cadence::quarterly, 2026, quarter});
    return out;
}

// The books' cash after `period`, from the ledger itself: every income less
// every expense dated up to its end, less what the chain paid until then.
std::int64_t cash_after(const Ledger& ledger, const Period& period, std::int64_t paid_so_far) {
    std::int64_t cash = -paid_so_far;
    for (const RevenueEntry& e : ledger.revenue)
        if (e.date <= period.last_day())
            cash += e.type == RevenueType::income ? e.amount.minor : -e.amount.minor;
    return cash;
}

// Everything SPEC 3 says of one period's table, `in` being what it started from.
// `upstream_before`: a circle's upstream of the periods before (SPEC 8), money
// that left the co-op as the expenses did.
void check_period(const Ledger& ledger, const PayoutTable& t, const Opening& in,
                  std::int64_t paid_so_far, std::int64_t upstream_before = 0) {
    const Policy& policy = ledger.policy;
    // Carried in is what the period before carried out.
    CHECK(t.carried_in.reserve == in.reserve);
    CHECK(t.carried_in.deficit == in.deficit);

    std::int64_t shared = 0, loss_shared = 0;
    for (std::size_t i = 0; i < t.pools.size(); ++i) {
        const Pool& p = t.pools[i];
        if (p.folded) continue;
        // The pool row of SPEC 4 adds up, and rule 5 leaves no pool negative.
        CHECK(p.income.minor - p.commissions.minor + p.general_share.minor - p.expenses.minor -
                  p.deficit_in.minor - p.deficit_shared.minor ==
              p.balance.minor);
        CHECK(p.balance.minor >= 0);
        CHECK(p.balance.minor == p.reserve.minor + p.distributable.minor);
        if (!p.general) CHECK(p.deficit_in.minor == 0);
        // Each pool's shares add up to its distributable amount, to the minor unit.
        std::int64_t pool_shares = 0;
        for (const MemberPayout& m : t.members)
            pool_shares += m.shares.at(i).minor;
        CHECK(pool_shares == p.distributable.minor);
        shared += p.general_share.minor;
        loss_shared += p.deficit_shared.minor;
    }
    CHECK(shared == 0);                         // general-share moves money, never makes it
    CHECK(loss_shared == -t.totals.loss.minor); // what no pool could bear is the loss
    CHECK(t.totals.covered == std::min(t.totals.loss, in.reserve));

    std::int64_t paid = 0, earned = 0, balances_in = 0, balances_out = 0;
    for (const MemberPayout& m : t.members) {
        std::int64_t sum = m.commission.minor;
        for (const Money& share : m.shares)
            sum += share.minor;
        CHECK(m.earned.minor == sum);
        const auto carried = in.balances.find(m.handle);
        CHECK(m.balance_in == (carried == in.balances.end() ? Money{} : carried->second));
        CHECK(m.balance.minor == m.balance_in.minor + m.earned.minor);
        // Paid everything or nothing: everything once it reaches the minimum, or on leaving.
        const Member* member = ledger.find_member(m.handle);
        const bool left = member && member->left && *member->left <= t.period.last_day();
        if (left || m.balance >= policy.distribution.minimum_payout)
            CHECK(m.paid == m.balance);
        else
            CHECK(m.paid.minor == 0);
        CHECK(m.balance_out.minor == m.balance.minor - m.paid.minor);
        if (m.points == 0) CHECK(m.earned == m.commission); // no points, no share
        paid += m.paid.minor;
        earned += m.earned.minor;
        balances_in += m.balance_in.minor;
        balances_out += m.balance_out.minor;
    }
    // Everyone with a balance carried in is listed.
    for (const auto& carried : in.balances)
        CHECK(std::any_of(t.members.begin(), t.members.end(),
                          [&](const MemberPayout& m) { return m.handle == carried.first; }));
    CHECK(paid == t.totals.paid.minor);
    CHECK(earned == t.totals.earned.minor);

    // The three identities of SPEC 3, exactly, from the terms themselves.
    const PayoutTotals& s = t.totals;
    CHECK(s.income.minor - s.expenses.minor == earned + s.reserve.minor - s.covered.minor -
                                                   t.carried_out.deficit.minor +
                                                   t.carried_in.deficit.minor);
    CHECK(balances_out == balances_in + earned - paid);
    const std::int64_t cash =
        cash_after(ledger, t.period, paid_so_far + paid + upstream_before + s.upstream.minor);
    CHECK(cash == t.carried_out.reserve.minor + balances_out - t.carried_out.deficit.minor);
    CHECK(t.reconciliation.holds());
    CHECK(t.reconciliation.cash.minor == cash);

    // No period pays more than the cash the co-op holds. Commissions are a cost
    // of the sale, paid even in a period that makes a loss, and a balance
    // earned before is paid when it reaches the minimum or its member leaves:
    // so the precise statement is that a period that carries no deficit out
    // leaves the cash at 0 or more (it paid at most what it held after its
    // expenses), and one that carries a deficit out has used up its reserve
    // and pays no share of any pool, only commissions and earlier balances.
    const std::int64_t available = cash + paid; // after the expenses, before paying members
    if (t.carried_out.deficit.minor == 0) {
        CHECK(paid <= std::max<std::int64_t>(available, 0));
        CHECK(cash >= 0);
    } else {
        CHECK(t.carried_out.reserve.minor == 0);
        for (const MemberPayout& m : t.members)
            CHECK(m.earned == m.commission);
    }
}

const std::vector<Shape> shapes = {
    {1, 5, 50},   {2, 8, 120},   {3, 12, 300},  {4, 20, 500},
    {5, 30, 800}, {6, 45, 1200}, {7, 60, 2000}, {8, 60, 60},
};

// The money of a table, without minutes and points.
struct Amounts {
    std::vector<std::vector<Money>> pools;
    std::vector<std::string> handles;
    std::vector<std::vector<Money>> members;
    PayoutTotals totals;
    Carried out;
    bool operator==(const Amounts&) const = default;
};

Amounts amounts_of(const PayoutTable& t) {
    Amounts a;
    for (const Pool& p : t.pools)
        a.pools.push_back({p.income, p.expenses, p.commissions, p.general_share, p.deficit_in,
                           p.deficit_shared, p.balance, p.reserve, p.distributable});
    for (const MemberPayout& m : t.members) {
        a.handles.push_back(m.handle);
        std::vector<Money> money = m.shares;
        money.insert(money.end(), {m.earned, m.balance_in, m.paid, m.balance_out});
        a.members.push_back(std::move(money));
    }
    a.totals = t.totals;
    a.out = t.carried_out;
    return a;
}

// The months of 2026 one after another, each from the one before, then the
// quarters as what-if views.
std::vector<PayoutTable> chain_of(const Ledger& ledger) {
    PayoutChain chain(ledger);
    std::vector<PayoutTable> out;
    for (const Period& p : periods_of_2026())
        out.push_back(chain.payout(p).table);
    return out;
}

} // namespace

TEST_CASE("every period of a chain adds up, exactly", "[payout][properties]") {
    for (const Shape& shape : shapes) {
        INFO("seed " << shape.seed);
        const Ledger ledger = random_ledger(shape);
        PayoutChain chain(ledger);
        for (const Period& period : periods_of_2026()) {
            INFO("period " << format_period(period));
            const Opening in = chain.opening(period);
            const PayoutTable t = chain.payout(period).table;
            // A quarter is a what-if view: it starts where its first month does.
            std::int64_t paid_before = 0;
            for (const Period& m : months_of_2026())
                if (m.last_day() < period.first_day())
                    paid_before += chain.payout(m).table.totals.paid.minor;
            check_period(ledger, t, in, paid_before);
        }
    }
}

TEST_CASE("a circle's upstream is charged to its general pool and every period still adds up",
          "[payout][properties][circle]") {
    const std::vector<std::int64_t> rates = {1, 100'000, 125'000, 333'333, 1'000'000};
    for (const Shape& shape : shapes) {
        for (const std::int64_t rate : rates) {
            INFO("seed " << shape.seed << ", upstream " << rate);
            Ledger ledger = random_ledger(shape);
            ledger.policy.distribution.upstream = rate;
            PayoutChain chain(ledger);
            for (const Period& period : periods_of_2026()) {
                INFO("period " << format_period(period));
                const Opening in = chain.opening(period);
                const PayoutTable t = chain.payout(period).table;
                std::int64_t paid_before = 0, upstream_before = 0;
                for (const Period& m : months_of_2026())
                    if (m.last_day() < period.first_day()) {
                        paid_before += chain.payout(m).table.totals.paid.minor;
                        upstream_before += chain.payout(m).table.totals.upstream.minor;
                    }
                check_period(ledger, t, in, paid_before, upstream_before);
                // SPEC 8: (income - commissions) x rate, half to even, once per
                // period, an expense of the general pool alone.
                std::int64_t income = 0, expenses = 0;
                for (const RevenueEntry& e : ledger.revenue)
                    if (period.contains(e.date))
                        (e.type == RevenueType::income ? income : expenses) += e.amount.minor;
                const PayoutTotals& s = t.totals;
                CHECK(s.income.minor == income);
                const int128 exact = int128{income - s.commissions.minor} * rate;
                CHECK(s.upstream.minor ==
                      static_cast<std::int64_t>(div_round_half_even(exact, pow10(rate_places))));
                CHECK(s.expenses.minor == expenses + s.upstream.minor);
                CHECK(t.pools.front().general);
                CHECK(t.pools.front().upstream == s.upstream);
                for (std::size_t i = 1; i < t.pools.size(); ++i)
                    CHECK(t.pools[i].upstream.minor == 0);
                if (rate == 1'000'000) CHECK(s.upstream.minor == income - s.commissions.minor);
            }
        }
    }
}

TEST_CASE("a co-op that is not a circle sends nothing upstream", "[payout][circle]") {
    const Ledger ledger = random_ledger(shapes.front());
    PayoutChain chain(ledger);
    for (const Period& period : periods_of_2026())
        CHECK(chain.payout(period).table.totals.upstream.minor == 0);
}

TEST_CASE("scaling the minutes of every contribution by k changes no amount",
          "[payout][properties]") {
    for (const Shape& shape : shapes) {
        INFO("seed " << shape.seed);
        Ledger ledger = random_ledger(shape);
        std::vector<Amounts> before;
        for (const PayoutTable& t : chain_of(ledger))
            before.push_back(amounts_of(t));
        for (const std::int32_t k : {3, 7}) {
            INFO("k " << k);
            for (Contribution& c : ledger.contributions)
                c.minutes *= k;
            std::vector<Amounts> after;
            for (const PayoutTable& t : chain_of(ledger))
                after.push_back(amounts_of(t));
            CHECK(after == before);
            for (Contribution& c : ledger.contributions)
                c.minutes /= k;
        }
    }
}

TEST_CASE("the order of entries in the ledger changes nothing", "[payout][properties]") {
    for (const Shape& shape : shapes) {
        INFO("seed " << shape.seed);
        Ledger ledger = random_ledger(shape);
        const std::vector<PayoutTable> before = chain_of(ledger);
        std::mt19937 rng(shape.seed + 1000);
        for (int round = 0; round < 2; ++round) {
            // Contributions move; each review keeps naming the same one.
            std::vector<std::uint32_t> from(ledger.contributions.size());
            std::iota(from.begin(), from.end(), 0u);
            std::shuffle(from.begin(), from.end(), rng);
            std::vector<Contribution> moved;
            std::vector<std::uint32_t> now_at(from.size());
            for (std::uint32_t k = 0; k < from.size(); ++k) {
                moved.push_back(ledger.contributions[from[k]]);
                now_at[from[k]] = k;
            }
            ledger.contributions = std::move(moved);
            for (Review& r : ledger.reviews)
                if (r.target != no_entry) r.target = now_at[r.target];
            std::shuffle(ledger.reviews.begin(), ledger.reviews.end(), rng);
            std::shuffle(ledger.revenue.begin(), ledger.revenue.end(), rng);
            CHECK(chain_of(ledger) == before);
        }
    }
}

TEST_CASE("generated ledgers exercise every rule", "[payout][properties]") {
    // Guards the properties above against vacuous truth: the generator must
    // produce periods with shares, commissions, folded pools, deficits shared,
    // losses covered and carried, balances carried, leavers and general shares.
    bool shares = false, commissions = false, folded = false, deficit_shared = false;
    bool covered = false, carried_deficit = false, carried_balance = false, leaver = false;
    bool general_share = false, paid_later = false;
    for (const Shape& shape : shapes) {
        const Ledger ledger = random_ledger(shape);
        for (const PayoutTable& t : chain_of(ledger)) {
            for (const Pool& p : t.pools) {
                folded = folded || p.folded;
                deficit_shared =
                    deficit_shared || (p.deficit_shared.minor > 0 && t.totals.loss.minor == 0);
                shares = shares || p.distributable.minor > 0;
                general_share = general_share || p.general_share.minor > 0;
            }
            commissions = commissions || t.totals.commissions.minor > 0;
            covered = covered || t.totals.covered.minor > 0;
            carried_deficit = carried_deficit || t.carried_out.deficit.minor > 0;
            carried_balance = carried_balance || t.carried_out.balances.minor > 0;
            for (const MemberPayout& m : t.members) {
                leaver = leaver || (m.left && m.balance_in.minor > 0 && m.paid.minor > 0);
                paid_later = paid_later || (m.balance_in.minor > 0 && m.paid.minor > 0 && !m.left);
            }
        }
    }
    CHECK(shares);
    CHECK(commissions);
    CHECK(folded);
    CHECK(deficit_shared);
    CHECK(covered);
    CHECK(carried_deficit);
    CHECK(carried_balance);
    CHECK(leaver);
    CHECK(general_share);
    CHECK(paid_later);
}
