#include "monitor/review_patterns.hpp"

#include <algorithm>
#include <map>

#include "model/error.hpp"
#include "monitor/stats.hpp"

namespace coop::monitor {

namespace {

struct Given {
    const Review* review = nullptr;
    const Contribution* contribution = nullptr;
};

// Each reviewer's valid reviews of the period, in contribution order.
std::map<std::string_view, std::vector<Given>>
by_reviewer(const Ledger& ledger, const std::vector<ScoredContribution>& scored) {
    std::map<std::string_view, std::vector<Given>> out;
    for (const ScoredContribution& s : scored)
        for (const Review* r : s.reviews)
            out[ledger.name(r->reviewer)].push_back({r, s.contribution});
    return out;
}

std::vector<std::int64_t> scores_of(const std::vector<const Review*>& reviews) {
    std::vector<std::int64_t> out;
    out.reserve(reviews.size());
    for (const Review* r : reviews)
        out.push_back(r->score);
    return out;
}

Rational must(std::optional<Rational> r) {
    if (!r) throw Error(ErrorKind::ledger, "a monitor statistic overflows");
    return *r;
}

GivenScores given_scores(const Ledger& ledger, std::string_view reviewer,
                         std::string_view contributor, const std::vector<Given>& given) {
    GivenScores out;
    out.reviewer = reviewer;
    out.contributor = contributor;
    std::vector<std::int64_t> others;
    for (const Given& g : given) {
        if (ledger.name(g.contribution->member) == contributor)
            out.reviews.push_back(g.review);
        else
            others.push_back(g.review->score);
    }
    const std::vector<std::int64_t> scores = scores_of(out.reviews);
    out.median = median(scores);
    out.others = static_cast<std::int64_t>(others.size());
    if (!others.empty()) {
        out.others_median = median(others);
        out.margin = must(sub_exact(out.median, *out.others_median));
    }
    return out;
}

} // namespace

Rational threshold(std::int64_t fixed, int places) {
    return make_rational(fixed, pow10(places));
}

std::vector<ReciprocalPair> reciprocity(const Ledger& ledger,
                                        const std::vector<ScoredContribution>& scored,
                                        const MonitorPolicy& policy) {
    const auto given = by_reviewer(ledger, scored);
    // reviewer -> contributor -> how many reviews
    std::map<std::string_view, std::map<std::string_view, std::int64_t>> counts;
    for (const auto& [reviewer, list] : given)
        for (const Given& g : list)
            ++counts[reviewer][ledger.name(g.contribution->member)];
    const auto count = [&](std::string_view from, std::string_view to) -> std::int64_t {
        const auto f = counts.find(from);
        if (f == counts.end()) return 0;
        const auto t = f->second.find(to);
        return t == f->second.end() ? 0 : t->second;
    };
    const Rational margin = threshold(policy.reciprocity_margin, monitor_places);
    const auto past = [&](const GivenScores& g) {
        return g.margin && compare(*g.margin, margin) >= 0;
    };
    std::vector<ReciprocalPair> out;
    for (const auto& [a, targets] : counts)
        for (const auto& [b, n] : targets) {
            if (!(a < b) || n < policy.reciprocity_reviews ||
                count(b, a) < policy.reciprocity_reviews)
                continue;
            ReciprocalPair pair;
            pair.ab = given_scores(ledger, a, b, given.at(a));
            pair.ba = given_scores(ledger, b, a, given.at(b));
            pair.flagged = past(pair.ab) && past(pair.ba);
            out.push_back(std::move(pair));
        }
    return out;
}

std::vector<ReviewerBias> reviewer_bias(const Ledger& ledger,
                                        const std::vector<ScoredContribution>& scored,
                                        const MonitorPolicy& policy) {
    std::map<std::string_view, ReviewerBias> biases;
    for (const ScoredContribution& s : scored) {
        if (s.reviews.size() < 3) continue; // each review needs 2 others
        for (const Review* r : s.reviews) {
            ComparedReview item;
            item.review = r;
            item.contribution = s.contribution;
            for (const Review* other : s.reviews)
                if (other != r) item.others.push_back(other->score);
            std::sort(item.others.begin(), item.others.end());
            const std::vector<std::int64_t> others(item.others.begin(), item.others.end());
            item.others_median = median(others);
            item.difference = must(sub_exact(make_rational(r->score, 1), item.others_median));
            ReviewerBias& b = biases[ledger.name(r->reviewer)];
            b.reviewer = ledger.name(r->reviewer);
            b.compared.push_back(std::move(item));
        }
    }
    const Rational limit = threshold(policy.bias_difference, monitor_places);
    std::vector<ReviewerBias> out;
    for (auto& [reviewer, b] : biases) {
        std::vector<Rational> differences;
        for (const ComparedReview& c : b.compared)
            differences.push_back(c.difference);
        b.d = median(std::move(differences));
        b.flagged = static_cast<std::int64_t>(b.compared.size()) >= policy.bias_reviews &&
                    compare(abs(b.d), limit) >= 0;
        out.push_back(std::move(b));
    }
    return out;
}

std::vector<ReviewerFocus> reviewer_focus(const Ledger& ledger,
                                          const std::vector<ScoredContribution>& scored,
                                          const MonitorPolicy& policy) {
    const Rational limit = threshold(policy.focus_hhi, monitor_places);
    std::vector<ReviewerFocus> out;
    for (const auto& [reviewer, list] : by_reviewer(ledger, scored)) {
        std::map<std::string_view, std::int64_t> per;
        for (const Given& g : list)
            ++per[ledger.name(g.contribution->member)];
        ReviewerFocus f;
        f.reviewer = reviewer;
        f.reviews = static_cast<std::int64_t>(list.size());
        std::vector<std::int64_t> counts;
        for (const auto& [contributor, n] : per) {
            f.targets.push_back({contributor, n});
            counts.push_back(n);
        }
        std::stable_sort(
            f.targets.begin(), f.targets.end(),
            [](const FocusTarget& a, const FocusTarget& b) { return a.reviews > b.reviews; });
        f.hhi = herfindahl(counts);
        f.flagged = f.reviews >= policy.focus_reviews && compare(f.hhi, limit) >= 0;
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace coop::monitor
