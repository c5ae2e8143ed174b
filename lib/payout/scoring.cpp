#include "payout/scoring.hpp"

#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "payout/exact.hpp"
#include "util/fixed_point.hpp"

namespace coop {

using namespace payout_detail;

std::vector<const Review*> valid_reviews(const Ledger& ledger, const Contribution& c,
                                         std::vector<const Review*> candidates) {
    std::erase_if(candidates, [&](const Review* r) {
        if (r->reviewer == c.member) return true;
        const Member* m = ledger.find_member(r->reviewer);
        return m == nullptr || !m->active_on(r->date);
    });
    // A second review by the same reviewer is a validation error; should one slip
    // through, the earliest written counts: the reviews are in file order, then
    // in the order written.
    const auto key = [&](const Review* r) {
        return std::tuple(ledger.name(r->reviewer), r->date, r);
    };
    std::sort(candidates.begin(), candidates.end(),
              [&](const Review* a, const Review* b) { return key(a) < key(b); });
    candidates.erase(
        std::unique(candidates.begin(), candidates.end(),
                    [](const Review* a, const Review* b) { return a->reviewer == b->reviewer; }),
        candidates.end());
    return candidates;
}

Rational aggregate_scores(std::vector<int> scores, const ReviewPolicy& policy) {
    if (scores.empty()) return Rational{};
    std::sort(scores.begin(), scores.end());
    const auto n = static_cast<std::ptrdiff_t>(scores.size());
    const auto mean = [&](std::ptrdiff_t from, std::ptrdiff_t to) {
        int128 sum = 0;
        for (auto i = from; i < to; ++i)
            sum += scores[static_cast<std::size_t>(i)];
        return make_rational(sum, to - from);
    };
    switch (policy.aggregate) {
    case Aggregate::median:
        // The mean of the middle one (odd count) or the middle two (even count).
        return mean((n - 1) / 2, n / 2 + 1);
    case Aggregate::mean:
        return mean(0, n);
    case Aggregate::trimmed_mean: {
        // floor(n x trim); a trim of 50% or more would leave nothing, so at
        // least the middle (the median) is kept.
        const int128 floor_cut =
            int128{n} * std::max<std::int64_t>(policy.trim, 0) / pow10(rate_places);
        const auto cut = static_cast<std::ptrdiff_t>(std::min<int128>(floor_cut, (n - 1) / 2));
        return mean(cut, n - cut);
    }
    }
    return mean(0, n);
}

bool enough_reviews(std::size_t valid, const ReviewPolicy& policy) {
    return valid > 0 && valid >= static_cast<std::size_t>(std::max(policy.min_reviews, 0));
}

std::int64_t review_factor(const Rational& aggregate, const ReviewPolicy& policy) {
    if (policy.neutral <= 0)
        throw Error(ErrorKind::ledger, "the neutral review score must be positive");
    // f = A / neutral, rounded to factor_places, half to even: the one rounding before money.
    const int128 f =
        div_round_half_even(aggregate.num * pow10(factor_places), aggregate.den * policy.neutral);
    return static_cast<std::int64_t>(f);
}

std::vector<ScoredContribution> score_period(const Ledger& ledger, const Period& period,
                                             const Policy& policy) {
    std::vector<ScoredContribution> out;
    for (const Contribution& c : ledger.contributions)
        if (period.contains(c.date)) out.emplace_back().contribution = &c;
    // The ledger holds contributions in file order, then in the order written,
    // so among equal dates and ids their addresses order them as their places do.
    std::sort(out.begin(), out.end(),
              [&](const ScoredContribution& a, const ScoredContribution& b) {
                  const auto key = [&](const Contribution* c) {
                      return std::tuple(c->date, ledger.name(c->id), c);
                  };
                  return key(a.contribution) < key(b.contribution);
              });

    // One pass over all reviews, through what each review names.
    std::vector<std::uint32_t> scored_as(ledger.contributions.size(), no_entry);
    for (std::size_t i = 0; i < out.size(); ++i)
        scored_as[static_cast<std::size_t>(out[i].contribution - ledger.contributions.data())] =
            static_cast<std::uint32_t>(i);
    for (const Review& r : ledger.reviews)
        if (r.target != no_entry && scored_as[r.target] != no_entry)
            out[scored_as[r.target]].reviews.push_back(&r);

    std::unordered_map<std::string_view, std::int64_t> weights;
    for (const Kind& k : policy.kinds)
        weights.emplace(k.name, k.weight);

    const ReviewPolicy& review = policy.review;
    for (ScoredContribution& s : out) {
        const Contribution& c = *s.contribution;
        s.reviews = valid_reviews(ledger, c, std::move(s.reviews));
        if (!s.reviews.empty()) {
            std::vector<int> scores;
            scores.reserve(s.reviews.size());
            for (const Review* r : s.reviews)
                scores.push_back(r->score);
            s.aggregate = aggregate_scores(std::move(scores), review);
        }
        s.reviewed = enough_reviews(s.reviews.size(), review);
        s.factor = s.reviewed ? review_factor(*s.aggregate, review) : review.unreviewed_factor;

        const std::string_view id = ledger.name(c.id);
        const auto weight = weights.find(ledger.name(c.kind));
        if (weight == weights.end())
            throw Error(ErrorKind::ledger, fmt::format("contribution '{}' has unknown kind '{}'",
                                                       id, ledger.name(c.kind)));
        s.weight = weight->second;
        const auto what = [&] { return fmt::format("the points of contribution '{}'", id); };
        s.points = mul(mul(int128{c.minutes}, int128{s.weight}, what), int128{s.factor}, what);
    }
    return out;
}

} // namespace coop
