#include "statement/chain.hpp"

#include <fmt/format.h>

#include "model/error.hpp"
#include "model/layout.hpp"
#include "model/option.hpp"
#include "read/ledger_reader.hpp"

namespace coop {

namespace {

Date day_after(Date d) {
    return civil_from_days(days_from_civil(d) + 1);
}

// What a closed period with a v2 statement carried out, as it says.
Opening opening_from(const Statement& s, const Opening& in) {
    Opening o;
    const PayoutTable& t = s.table;
    o.reserve = t.carried_out.reserve;
    o.deficit = t.carried_out.deficit;
    for (const MemberPayout& m : t.members)
        if (m.balance_out.minor != 0) o.balances.emplace(m.handle, m.balance_out);
    o.cash = Money{in.cash.minor + t.totals.income.minor - t.totals.expenses.minor -
                   t.totals.paid.minor};
    return o;
}

} // namespace

PayoutChain::PayoutChain(const Ledger& ledger) : ledger_(ledger) {
    for (FileId f = 0; f < ledger.files.size(); ++f)
        if (const auto p = statement_period(ledger.path(f)))
            paths_.emplace(*p, std::string(ledger.path(f)));
    if (const auto first = first_entry_date(ledger))
        start_ = period_of(*first, ledger.policy.period).first_day();
    for (const auto& [period, path] : paths_)
        if (!start_ || period.first_day() < *start_) start_ = period.first_day();
}

std::optional<Period> PayoutChain::first_period() const {
    if (const auto first = first_entry_date(ledger_))
        return period_of(*first, ledger_.policy.period);
    return std::nullopt;
}

std::vector<Period> PayoutChain::closed() const {
    std::vector<Period> out;
    for (const auto& [period, path] : paths_)
        out.push_back(period);
    return out;
}

const Statement* PayoutChain::statement(const Period& period) {
    if (const auto it = read_.find(period); it != read_.end()) return it->second.get();
    const auto path = paths_.find(period);
    if (path == paths_.end()) return nullptr;
    std::string text;
    if (!ledger_.source || ledger_.source->load(path->second, text) != 0)
        throw Error(ErrorKind::ledger, fmt::format("cannot read {}", path->second));
    Diagnostics problems;
    auto s = std::make_unique<Statement>(
        read_statement(text, path->second, ledger_.policy.minor_digits, problems));
    if (problems.has_errors() || s->period != period || s->currency != ledger_.policy.currency)
        throw Error(ErrorKind::ledger,
                    fmt::format("{} is not a sound payout statement of {} (coop payout {} {} "
                                "shows why), and what it carried out is needed",
                                path->second, format_period(period), option_ref(Option::check),
                                path->second));
    return read_.emplace(period, std::move(s)).first->second.get();
}

// A statement that starts on `from` and ends before `until`; else the
// cadence's period when it does; else the month.
Period PayoutChain::next_step(Date from, Date until) const {
    for (const auto& [period, path] : paths_)
        if (period.first_day() == from && period.last_day() < until) return period;
    const Period cadence = period_of(from, ledger_.policy.period);
    if (cadence.first_day() == from && cadence.last_day() < until) return cadence;
    return period_of(from, Cadence::monthly);
}

Opening PayoutChain::carried_through(const Period& step, const Opening& in) {
    if (const Statement* s = statement(step)) {
        if (s->has_carried_out) return opening_from(*s, in);
        // Written before v2: what it carried out is recomputed under its policy.
        return opening_after(
            compute_payout(ledger_, step, policy_in_force(ledger_.policy, s->policy), in));
    }
    return opening_after(compute_payout(ledger_, step, ledger_.policy, in));
}

std::vector<Period> PayoutChain::steps_before(const Period& period) const {
    std::vector<Period> out;
    if (!start_) return out;
    for (Date d = *start_; d < period.first_day();) {
        out.push_back(next_step(d, period.first_day()));
        d = day_after(out.back().last_day());
    }
    return out;
}

Opening PayoutChain::opening(const Period& period) {
    const Date until = period.first_day();
    if (!start_ || until <= *start_) return Opening{};
    // From the latest opening known at or before it.
    Date d = *start_;
    Opening o;
    if (auto it = openings_.upper_bound(until); it != openings_.begin()) {
        --it;
        d = it->first;
        o = it->second;
    }
    // Kept for later calls while every step is a closed period or one of the
    // cadence: a what-if month of a quarterly co-op is on no other chain.
    bool canonical = true;
    while (d < until) {
        const Period step = next_step(d, until);
        canonical = canonical && (step.cadence == ledger_.policy.period || paths_.count(step));
        o = carried_through(step, o);
        d = day_after(step.last_day());
        if (canonical) openings_.insert_or_assign(d, o);
    }
    return o;
}

PeriodPayout PayoutChain::payout(const Period& period) {
    PeriodPayout out;
    const Opening in = opening(period);
    out.statement = statement(period);
    out.policy =
        out.statement ? policy_in_force(ledger_.policy, out.statement->policy) : ledger_.policy;
    out.table = compute_payout(ledger_, period, out.policy, in);
    return out;
}

} // namespace coop
