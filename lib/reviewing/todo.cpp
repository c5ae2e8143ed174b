#include "reviewing/todo.hpp"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "payout/scoring.hpp"
#include "statement/chain.hpp"

namespace coop {

std::vector<TodoItem> review_todo(const Ledger& ledger, std::string_view me, Date today) {
    const Cadence cadence = ledger.policy.period;
    // A statement of the other cadence closes the months it covers too.
    const std::vector<Period> closed = PayoutChain(ledger).closed();
    const auto is_closed = [&](const Period& p) {
        return std::any_of(closed.begin(), closed.end(), [&](const Period& s) {
            return s.first_day() <= p.first_day() && p.last_day() <= s.last_day();
        });
    };

    std::unordered_set<std::uint32_t> reviewed_by_me;
    for (const Review& r : ledger.reviews)
        if (r.target != no_entry && ledger.name(r.reviewer) == me) reviewed_by_me.insert(r.target);

    // Only the periods with a contribution I could review are scored.
    std::set<Period> open;
    for (std::uint32_t i = 0; i < ledger.contributions.size(); ++i) {
        const Contribution& c = ledger.contributions[i];
        if (ledger.name(c.member) == me || reviewed_by_me.count(i)) continue;
        const Period p = period_of(c.date, cadence);
        if (!is_closed(p)) open.insert(p);
    }

    std::vector<TodoItem> out;
    const std::int64_t today_days = days_from_civil(today);
    for (const Period& p : open) {
        const Date ends =
            civil_from_days(days_from_civil(p.last_day()) + ledger.policy.review.window_days);
        for (const ScoredContribution& s : score_period(ledger, p)) {
            const Contribution& c = *s.contribution;
            const auto index = static_cast<std::uint32_t>(&c - ledger.contributions.data());
            if (ledger.name(c.member) == me || reviewed_by_me.count(index)) continue;
            out.push_back({index, s.reviews.size(), ends, days_from_civil(ends) - today_days});
        }
    }
    std::sort(out.begin(), out.end(), [&](const TodoItem& a, const TodoItem& b) {
        const Contribution& ca = ledger.contributions[a.contribution];
        const Contribution& cb = ledger.contributions[b.contribution];
        if (a.reviews != b.reviews) return a.reviews < b.reviews;
        if (ca.date != cb.date) return ca.date < cb.date;
        return ledger.name(ca.id) < ledger.name(cb.id);
    });
    return out;
}

} // namespace coop
