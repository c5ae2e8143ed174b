// SPEC 3 v2, rule by rule: each numbered rule is one function below, called
// in order by compute_payout.
#include "payout/payout.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "payout/exact.hpp"
#include "payout/scoring.hpp"
#include "payout/shares.hpp"

namespace coop {

using namespace payout_detail;

namespace {

auto member_field(std::string_view handle, const char* field) {
    return [handle, field] {
        return std::string("the ") + field + " of '" + std::string(handle) + "'";
    };
}

auto total_of(const char* field) {
    return [field] { return std::string("the total ") + field; };
}

using Members = std::map<std::string, MemberPayout, std::less<>>;

// The period's work: each member's, and the points that share each project's pool.
struct Work {
    Members members; // by handle
    std::map<std::string_view, std::map<std::string_view, int128>> project_points;

    MemberPayout& member(std::string_view handle) {
        auto it = members.find(handle);
        if (it == members.end()) it = members.emplace(std::string(handle), MemberPayout{}).first;
        it->second.handle = it->first;
        return it->second;
    }
    std::vector<std::string_view> projects() const { // sorted
        std::vector<std::string_view> out;
        for (const auto& [project, points] : project_points)
            out.push_back(project);
        return out;
    }
};

// Rules 1-3: valid reviews, factors and points of every contribution of the
// period (scoring.cpp), added up by member and by project.
Work points_of_work(const Ledger& ledger, const Period& period, const Policy& policy) {
    Work w;
    for (const ScoredContribution& s : score_period(ledger, period, policy)) {
        const Contribution& c = *s.contribution;
        const std::string_view handle = ledger.name(c.member);
        MemberPayout& m = w.member(handle);
        m.minutes += c.minutes;
        m.contributions += 1;
        m.points = add(m.points, s.points, member_field(handle, "points"));
        if (c.project == no_symbol) continue;
        const std::string_view project = ledger.name(c.project);
        int128& p = w.project_points[project][handle];
        p = add(p, s.points,
                [&] { return "the points of project '" + std::string(project) + "'"; });
    }
    return w;
}

// The claims on a pool: all the period's work for the general pool, the
// project's work for a project pool; by handle.
std::vector<Claim> claims_on(const Pool& pool, const Work& w) {
    std::vector<Claim> claims;
    if (pool.general) {
        for (const auto& [handle, m] : w.members)
            if (m.contributions > 0) claims.push_back(Claim{handle, m.points});
    } else if (const auto it = w.project_points.find(pool.name); it != w.project_points.end()) {
        for (const auto& [handle, points] : it->second)
            claims.push_back(Claim{handle, points});
    }
    return claims;
}

// Rule 4: the pools, commissions, general share and deficit carried in
// (pools.cpp), each pool with the points that share it.
Pools pools_of(const Ledger& ledger, const Period& period, const Policy& policy, Work& w,
               const Opening& in) {
    const auto worked = w.projects();
    Pools pools = build_pools(ledger, period, policy.distribution, worked, in.deficit);
    for (const Commission& c : pools.commissions) {
        MemberPayout& m = w.member(c.connector);
        m.commission = add(m.commission, c.amount, member_field(c.connector, "commission"));
    }
    for (Pool& pool : pools.pools) {
        if (pool.folded) continue;
        for (const Claim& c : claims_on(pool, w))
            pool.points = add(pool.points, c.points,
                              [&] { return "the points of pool '" + pool.name + "'"; });
    }
    return pools;
}

// Rule 5: the negative balances (S) are charged to the positive ones (T) in
// proportion to them, if T can bear them; otherwise every pool ends at 0 and
// the period has a loss L = S - T. Returns L; sets each deficit-shared.
Money share_deficits(std::vector<Pool>& pools, PayoutTotals& t) {
    std::vector<Pool*> listed;
    for (Pool& p : pools)
        if (!p.folded) listed.push_back(&p);
    Money S, T;
    std::vector<int128> positive; // parallel to listed: the weights of the charge
    for (const Pool* p : listed) {
        if (p->balance.minor < 0) S = add(S, Money{-p->balance.minor}, total_of("deficit"));
        if (p->balance.minor > 0) T = add(T, p->balance, total_of("positive balance"));
        positive.push_back(std::max<std::int64_t>(p->balance.minor, 0));
    }
    t.deficits = S;
    Money loss;
    std::vector<std::int64_t> charges(listed.size());
    if (S.minor > 0 && T >= S)
        charges = largest_remainder_in_order(S.minor, positive); // ties: general, then by name
    else if (S > T)
        loss = Money{S.minor - T.minor};
    for (std::size_t i = 0; i < listed.size(); ++i) {
        Pool& p = *listed[i];
        const Money before = p.balance;
        if (p.balance.minor < 0 || S > T)
            p.balance = Money{};
        else
            p.balance = Money{p.balance.minor - charges[i]}; // charge <= balance
        p.deficit_shared = Money{before.minor - p.balance.minor};
    }
    return loss;
}

// Rule 6: the loss is covered from the reserve carried in, as far as it goes.
Money cover_loss(Money loss, Money reserve_in) {
    return std::min(loss, std::max(reserve_in, Money{}));
}

// Rule 7: each positive pool keeps its reserve and distributes the rest; a
// pool without points to share it by keeps all of it.
void keep_reserves(std::vector<Pool>& pools, std::int64_t reserve_rate) {
    for (Pool& p : pools) {
        if (p.folded || p.balance.minor <= 0) continue;
        p.reserve = p.points == 0 ? p.balance : reserve_of(p.balance, reserve_rate);
        p.distributable = Money{p.balance.minor - p.reserve.minor}; // reserve <= balance
    }
}

// Rule 8: each pool's distributable amount shared by points, largest remainder.
void share_pools(const std::vector<Pool>& pools, Work& w) {
    for (auto& [handle, m] : w.members)
        m.shares.assign(pools.size(), Money{});
    for (std::size_t i = 0; i < pools.size(); ++i) {
        const Pool& pool = pools[i];
        if (pool.folded || pool.distributable.minor == 0) continue;
        const std::vector<Claim> claims = claims_on(pool, w);
        const auto shares = largest_remainder(pool.distributable.minor, claims);
        for (std::size_t k = 0; k < claims.size(); ++k)
            w.members.find(claims[k].handle)->second.shares[i] = Money{shares[k]};
    }
}

// Rule 9: earned, balance and paid. A member owed less than minimum-payout is
// paid later, unless they left: then they are paid everything.
std::vector<MemberPayout> settle_members(Work& w, const Ledger& ledger, const Period& period,
                                         const Policy& policy, const Opening& in,
                                         std::size_t pool_count) {
    for (const auto& [handle, balance] : in.balances)
        w.member(handle).balance_in = balance;
    std::vector<MemberPayout> out;
    for (auto& [handle, m] : w.members) {
        m.shares.resize(pool_count);
        m.earned = m.commission;
        for (const Money& share : m.shares)
            m.earned = add(m.earned, share, member_field(handle, "earnings"));
        m.balance = add(m.balance_in, m.earned, member_field(handle, "balance"));
        const Member* member = ledger.find_member(handle);
        m.left = member && member->left && *member->left <= period.last_day();
        m.paid = m.left || m.balance >= policy.distribution.minimum_payout ? m.balance : Money{};
        m.balance_out = Money{m.balance.minor - m.paid.minor};
        // Listed: a contribution, a commission, a balance or a payment.
        if (m.contributions == 0 && m.earned.minor == 0 && m.balance_in.minor == 0 &&
            m.paid.minor == 0)
            continue;
        out.push_back(std::move(m));
    }
    return out;
}

// Rule 10: the reserve carried out.
Money reserve_carried_out(Money reserve_in, Money covered, Money reserves) {
    return add(Money{reserve_in.minor - covered.minor}, reserves, total_of("reserve"));
}

void add_up(PayoutTable& t, Money loss, Money covered) {
    PayoutTotals& s = t.totals;
    s.loss = loss;
    s.covered = covered;
    for (const Pool& p : t.pools) {
        if (p.folded) continue; // already counted in the general pool
        s.income = add(s.income, p.income, total_of("income"));
        s.expenses = add(s.expenses, p.expenses, total_of("expenses"));
        s.commissions = add(s.commissions, p.commissions, total_of("commissions"));
        s.reserve = add(s.reserve, p.reserve, total_of("reserve"));
    }
    for (const MemberPayout& m : t.members) {
        s.earned = add(s.earned, m.earned, total_of("earnings"));
        s.paid = add(s.paid, m.paid, total_of("paid"));
        t.carried_out.balances = add(t.carried_out.balances, m.balance_out, total_of("balance"));
    }
}

// The identities of SPEC 3, each side from its own terms.
Reconciliation reconcile(const PayoutTable& t, Money cash_before) {
    const PayoutTotals& s = t.totals;
    const auto sum = [](std::initializer_list<std::int64_t> terms) {
        std::int64_t v = 0;
        for (const std::int64_t x : terms)
            v = add(v, x, total_of("reconciliation"));
        return Money{v};
    };
    Reconciliation r;
    r.period_left = sum({s.income.minor, -s.expenses.minor});
    r.period_right = sum({s.earned.minor, s.reserve.minor, -s.covered.minor,
                          -t.carried_out.deficit.minor, t.carried_in.deficit.minor});
    r.balances_left = t.carried_out.balances;
    r.balances_right = sum({t.carried_in.balances.minor, s.earned.minor, -s.paid.minor});
    r.cash = sum({cash_before.minor, s.income.minor, -s.expenses.minor, -s.paid.minor});
    r.cash_right = sum(
        {t.carried_out.reserve.minor, t.carried_out.balances.minor, -t.carried_out.deficit.minor});
    return r;
}

} // namespace

PayoutTable compute_payout(const Ledger& ledger, const Period& period, const Policy& policy,
                           const Opening& in) {
    PayoutTable t;
    t.period = period;
    t.carried_in.reserve = in.reserve;
    t.carried_in.deficit = in.deficit;
    for (const auto& [handle, balance] : in.balances)
        t.carried_in.balances = add(t.carried_in.balances, balance, total_of("balance"));

    Work work = points_of_work(ledger, period, policy);                           // rules 1-3
    Pools pools = pools_of(ledger, period, policy, work, in);                     // rule 4
    t.pools = std::move(pools.pools);                                             //
    t.totals.upstream = pools.upstream;                                           // SPEC 8
    const Money loss = share_deficits(t.pools, t.totals);                         // rule 5
    const Money covered = cover_loss(loss, in.reserve);                           // rule 6
    t.carried_out.deficit = Money{loss.minor - covered.minor};                    //
    keep_reserves(t.pools, policy.distribution.reserve);                          // rule 7
    share_pools(t.pools, work);                                                   // rule 8
    t.members = settle_members(work, ledger, period, policy, in, t.pools.size()); // rule 9
    add_up(t, loss, covered);
    t.carried_out.reserve = reserve_carried_out(in.reserve, covered, t.totals.reserve); // rule 10
    t.reconciliation = reconcile(t, in.cash);
    return t;
}

Opening opening_after(const PayoutTable& t) {
    Opening o;
    o.reserve = t.carried_out.reserve;
    o.deficit = t.carried_out.deficit;
    for (const MemberPayout& m : t.members)
        if (m.balance_out.minor != 0) o.balances.emplace(m.handle, m.balance_out);
    o.cash = t.reconciliation.cash;
    return o;
}

namespace {

template <typename Better> std::optional<Date> entry_date(const Ledger& ledger, Better better) {
    std::optional<Date> found;
    const auto see = [&](Date d) {
        if (d.ymd != 0 && (!found || better(d, *found))) found = d; // 0: a date that did not read
    };
    for (const Contribution& c : ledger.contributions)
        see(c.date);
    for (const Review& r : ledger.reviews)
        see(r.date);
    for (const RevenueEntry& e : ledger.revenue)
        see(e.date);
    return found;
}

} // namespace

std::optional<Date> first_entry_date(const Ledger& ledger) {
    return entry_date(ledger, std::less<Date>{});
}

std::optional<Date> last_entry_date(const Ledger& ledger) {
    return entry_date(ledger, std::greater<Date>{});
}

std::optional<Period> latest_period(const Ledger& ledger, Cadence cadence) {
    const auto latest = last_entry_date(ledger);
    if (!latest) return std::nullopt;
    return period_of(*latest, cadence);
}

} // namespace coop
