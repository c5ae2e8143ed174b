#include "monitor/backdating.hpp"

#include <algorithm>
#include <tuple>

#include "monitor/booker.hpp"

namespace coop::monitor {

Backdating backdating(const Ledger& ledger, const std::vector<ScoredContribution>& scored,
                      const Period& period, const audit::EntryCommits& commits,
                      const MonitorPolicy& policy) {
    Backdating out;
    if (!commits.available) {
        out.skipped = commits.unavailable;
        return out;
    }
    out.checked = true;
    const Cadence cadence = ledger.policy.period;
    const auto look = [&](EntryKind kind, std::string key, std::string_view by, Date date) {
        ++out.entries;
        const auto it = commits.added.find(key);
        if (it == commits.added.end()) {
            ++out.uncommitted;
            return;
        }
        LateEntry e{
            kind,      std::move(key), std::string(by), date, period_of(date, cadence).last_day(),
            it->second};
        const Date committed = e.commit.date();
        e.days_after = days_from_civil(committed) - days_from_civil(date);
        e.too_late = e.days_after > policy.backdating_days;
        e.after_end = kind != EntryKind::review && committed > e.period_end;
        if (e.too_late || e.after_end) {
            // A revenue entry whose booker is no member: the commit's author.
            if (e.by.empty()) e.by = it->second.author_email;
            out.late.push_back(std::move(e));
        }
    };
    for (const ScoredContribution& s : scored) {
        const Contribution& c = *s.contribution;
        look(EntryKind::contribution, std::string(ledger.name(c.id)), ledger.name(c.member),
             c.date);
        for (const Review* r : s.reviews)
            look(EntryKind::review, review_key(ledger.name(c.id), ledger.name(r->reviewer)),
                 ledger.name(r->reviewer), r->date);
    }
    for (const RevenueEntry& e : ledger.revenue)
        if (period.contains(e.date))
            look(EntryKind::revenue, std::string(e.id), booker_of(ledger, e, commits).handle,
                 e.date);
    std::sort(out.late.begin(), out.late.end(), [](const LateEntry& a, const LateEntry& b) {
        return std::tie(a.date, a.key) < std::tie(b.date, b.key);
    });
    return out;
}

} // namespace coop::monitor
