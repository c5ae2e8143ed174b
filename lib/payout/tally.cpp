#include "payout/tally.hpp"

#include <map>
#include <string>

#include "payout/exact.hpp"

namespace coop {

using namespace payout_detail;

namespace {

struct DifferenceSums {
    ReviewerStats stats;
    Rational sum;
    Rational abs_sum;
};

auto differences_of(std::string_view reviewer) {
    return
        [reviewer] { return "the score differences of reviewer '" + std::string(reviewer) + "'"; };
}

Rational plus(const Rational& a, const Rational& b, std::string_view reviewer) {
    if (const auto r = add_exact(a, b)) return *r;
    overflowed(differences_of(reviewer));
}

Rational mean(const Rational& total, std::int64_t n, std::string_view reviewer) {
    return make_rational(total.num, mul(total.den, int128{n}, differences_of(reviewer)));
}

} // namespace

Tally compute_tally(const Ledger& ledger, const Period& period) {
    Tally tally;
    tally.period = period;
    tally.names = &ledger.names;
    tally.contributions = score_period(ledger, period);

    std::map<std::string_view, MemberWork> members;
    std::map<std::string_view, DifferenceSums> reviewers;
    for (const ScoredContribution& s : tally.contributions) {
        const Contribution& c = *s.contribution;
        const std::string_view member = ledger.name(c.member);
        MemberWork& m = members[member];
        m.handle = member;
        m.minutes += c.minutes;
        m.contributions += 1;
        m.reviewed += s.reviewed ? 1 : 0;
        m.points =
            add(m.points, s.points, [&] { return "the points of '" + std::string(member) + "'"; });

        // score - (S - score) / (k - 1) = (k x score - S) / (k - 1), S the sum of
        // the k valid scores.
        const auto k = static_cast<int128>(s.reviews.size());
        int128 total = 0;
        for (const Review* r : s.reviews)
            total += r->score;
        for (const Review* r : s.reviews) {
            const std::string_view reviewer = ledger.name(r->reviewer);
            DifferenceSums& d = reviewers[reviewer];
            d.stats.handle = reviewer;
            d.stats.reviews += 1;
            if (k < 2) continue;
            d.stats.compared += 1;
            const Rational diff = make_rational(k * r->score - total, k - 1);
            d.sum = plus(d.sum, diff, reviewer);
            d.abs_sum = plus(d.abs_sum, abs(diff), reviewer);
        }
    }

    for (auto& [handle, m] : members)
        tally.members.push_back(m);
    for (auto& [handle, d] : reviewers) {
        if (d.stats.compared > 0) {
            d.stats.mean_difference = mean(d.sum, d.stats.compared, handle);
            d.stats.mean_abs_difference = mean(d.abs_sum, d.stats.compared, handle);
        }
        tally.reviewers.push_back(d.stats);
    }
    return tally;
}

} // namespace coop
