#include "reviewing/contribution_view.hpp"

#include <algorithm>

#include "statement/chain.hpp"
#include "util/suggest.hpp"

namespace coop {

namespace {

ReviewStanding standing_of(const Ledger& ledger, const Contribution& c, const Review& r,
                           const std::vector<const Review*>& counted) {
    if (std::find(counted.begin(), counted.end(), &r) != counted.end())
        return ReviewStanding::counted;
    if (r.reviewer == c.member) return ReviewStanding::by_contributor;
    const Member* m = ledger.find_member(r.reviewer);
    if (m == nullptr || !m->active_on(r.date)) return ReviewStanding::not_a_member;
    return ReviewStanding::second_review;
}

} // namespace

ContributionView view_contribution(const Ledger& ledger, std::uint32_t index) {
    const Contribution& c = ledger.contributions[index];
    ContributionView v;
    v.contribution = index;
    v.period = period_of(c.date, ledger.policy.period);
    v.window_ends =
        civil_from_days(days_from_civil(v.period.last_day()) + ledger.policy.review.window_days);
    PayoutChain chain(ledger);
    for (const Period& p : chain.closed())
        if (p.first_day() <= c.date && c.date <= p.last_day()) {
            v.closed = true;
            const Statement* s = chain.statement(p);
            v.policy = s ? s->policy : ledger.policy;
        }
    if (!v.closed) v.policy = ledger.policy;
    for (ScoredContribution& s : score_period(ledger, v.period, v.policy))
        if (s.contribution == &c) v.scored = std::move(s);

    for (const Review& r : ledger.reviews)
        if (r.target == index)
            v.reviews.push_back({&r, standing_of(ledger, c, r, v.scored.reviews)});
    std::stable_sort(v.reviews.begin(), v.reviews.end(),
                     [&](const ShownReview& a, const ShownReview& b) {
                         if (a.review->date != b.review->date)
                             return a.review->date < b.review->date;
                         return ledger.name(a.review->reviewer) < ledger.name(b.review->reviewer);
                     });
    return v;
}

std::optional<std::string_view> nearest_contribution_id(const Ledger& ledger, std::string_view id) {
    std::vector<std::string_view> ids;
    ids.reserve(ledger.contributions.size());
    for (const Contribution& c : ledger.contributions)
        ids.push_back(ledger.name(c.id));
    return closest(id, ids);
}

} // namespace coop
