// Properties of SPEC 3 that must hold for any ledger, checked on generated ones.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

#include "ledger_builder.hpp"
#include "payout/payout.hpp"

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
// income with and without connectors, and expenses. Every draw is a statement
// of its own: compilers evaluate a call's arguments in different orders, and
// the ledgers must be the same everywhere.
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
    p.reserve = pick(rng, std::vector<std::int64_t>{0, 100'000, 125'000, 333'333});
    p.connector_share = pick(rng, std::vector<std::int64_t>{0, 50'000, 75'000});

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
    return b.build();
}

std::vector<Period> periods_of_2026() {
    std::vector<Period> out;
    for (int month = 1; month <= 12; ++month)
        out.push_back({Cadence::monthly, 2026, month});
    for (int quarter = 1; quarter <= 4; ++quarter)
        out.push_back({Cadence::quarterly, 2026, quarter});
    return out;
}

// The money of a table, without minutes and points.
struct Amounts {
    std::vector<std::vector<Money>> pools;
    std::vector<std::string_view> handles;
    std::vector<std::vector<Money>> shares;
    std::vector<Money> amounts;
    PayoutTotals totals;
    bool operator==(const Amounts&) const = default;
};

Amounts amounts_of(const PayoutTable& t) {
    Amounts a;
    for (const Pool& p : t.pools)
        a.pools.push_back({p.income, p.expenses, p.commissions, p.balance, p.reserve,
                           p.distributable, p.deficit});
    for (const MemberPayout& m : t.members) {
        a.handles.push_back(m.handle);
        a.shares.push_back(m.shares);
        a.amounts.push_back(m.amount);
    }
    a.totals = t.totals;
    return a;
}

void check_invariants(const Ledger& ledger, const Period& period, const PayoutTable& t) {
    // Each pool's shares add up to its distributable amount, to the minor unit.
    for (std::size_t i = 0; i < t.pools.size(); ++i) {
        std::int64_t shared = 0;
        for (const MemberPayout& m : t.members)
            shared += m.shares.at(i).minor;
        CHECK(shared == t.pools[i].distributable.minor);
    }
    // Nothing unaccounted: paid + reserve = income - expenses (+ any deficit).
    const PayoutTotals& s = t.totals;
    CHECK(s.paid.minor + s.reserve.minor == s.income.minor - s.expenses.minor + s.deficit.minor);
    std::int64_t paid = 0;
    for (const MemberPayout& m : t.members) {
        std::int64_t sum = m.commission.minor;
        for (const Money& share : m.shares)
            sum += share.minor;
        CHECK(m.amount.minor == sum);
        paid += m.amount.minor;
        // No points, no share (only commissions).
        if (m.points == 0) CHECK(m.amount == m.commission);
    }
    CHECK(paid == s.paid.minor);

    // A member with neither work nor a commission in the period gets nothing.
    std::set<std::string_view> earned;
    for (const Contribution& c : ledger.contributions)
        if (period.contains(c.date)) earned.insert(ledger.name(c.member));
    for (const RevenueEntry& e : ledger.revenue)
        if (period.contains(e.date) && !e.connector.empty()) earned.insert(e.connector);
    for (const MemberPayout& m : t.members)
        if (!earned.contains(m.handle)) CHECK(m.amount.minor == 0);
    for (const MemberPayout& m : t.members)
        CHECK(earned.contains(m.handle));
}

const std::vector<Shape> shapes = {
    {1, 5, 50},   {2, 8, 120},   {3, 12, 300},  {4, 20, 500},
    {5, 30, 800}, {6, 45, 1200}, {7, 60, 2000}, {8, 60, 60},
};

} // namespace

TEST_CASE("shares add up and nothing is unaccounted on generated ledgers", "[payout][properties]") {
    for (const Shape& shape : shapes) {
        INFO("seed " << shape.seed);
        const Ledger ledger = random_ledger(shape);
        for (const Period& period : periods_of_2026()) {
            INFO("period " << format_period(period));
            check_invariants(ledger, period, compute_payout(ledger, period));
        }
    }
}

TEST_CASE("scaling the minutes of every contribution by k changes no amount",
          "[payout][properties]") {
    for (const Shape& shape : shapes) {
        INFO("seed " << shape.seed);
        Ledger ledger = random_ledger(shape);
        for (const Period& period : periods_of_2026()) {
            INFO("period " << format_period(period));
            const Amounts before = amounts_of(compute_payout(ledger, period));
            for (const std::int32_t k : {2, 3, 7}) {
                INFO("k " << k);
                for (Contribution& c : ledger.contributions)
                    c.minutes *= k;
                CHECK(amounts_of(compute_payout(ledger, period)) == before);
                for (Contribution& c : ledger.contributions)
                    c.minutes /= k;
            }
        }
    }
}

TEST_CASE("the order of entries in the ledger changes nothing", "[payout][properties]") {
    for (const Shape& shape : shapes) {
        INFO("seed " << shape.seed);
        Ledger ledger = random_ledger(shape);
        std::vector<PayoutTable> before;
        for (const Period& period : periods_of_2026())
            before.push_back(compute_payout(ledger, period));
        std::mt19937 rng(shape.seed + 1000);
        for (int round = 0; round < 3; ++round) {
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
            const auto periods = periods_of_2026();
            for (std::size_t i = 0; i < periods.size(); ++i) {
                INFO("period " << format_period(periods[i]));
                CHECK(compute_payout(ledger, periods[i]) == before[i]);
            }
        }
    }
}

TEST_CASE("generated ledgers pay out something", "[payout][properties]") {
    // Guards the properties above against vacuous truth: the generator must
    // produce periods with shares, commissions, reserves and folded pools.
    bool shares = false, commissions = false, folded = false, deficit = false;
    for (const Shape& shape : shapes) {
        const Ledger ledger = random_ledger(shape);
        for (const Period& period : periods_of_2026()) {
            const PayoutTable t = compute_payout(ledger, period);
            for (const Pool& p : t.pools) {
                folded = folded || p.folded;
                deficit = deficit || p.deficit.minor > 0;
                shares = shares || p.distributable.minor > 0;
            }
            commissions = commissions || t.totals.commissions.minor > 0;
        }
    }
    CHECK(shares);
    CHECK(commissions);
    CHECK(folded);
    CHECK(deficit);
}
