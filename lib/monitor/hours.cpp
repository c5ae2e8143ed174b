#include "monitor/hours.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "model/error.hpp"
#include "monitor/review_patterns.hpp"
#include "monitor/stats.hpp"

namespace coop::monitor {

namespace {

Rational must(std::optional<Rational> r) {
    if (!r) throw Error(ErrorKind::ledger, "the hours statistic overflows");
    return *r;
}

} // namespace

Hours outlying_hours(const Ledger& ledger, const std::vector<ScoredContribution>& scored,
                     const MonitorPolicy& policy) {
    Hours out;
    out.max_minutes_per_day = ledger.policy.max_minutes_per_day;

    std::map<std::string_view, std::vector<const Contribution*>> by_kind;
    std::map<std::tuple<std::string_view, Date>, LongDay> days;
    for (const ScoredContribution& s : scored) {
        const Contribution& c = *s.contribution;
        by_kind[ledger.name(c.kind)].push_back(&c);
        LongDay& day = days[{ledger.name(c.member), c.date}];
        day.member = ledger.name(c.member);
        day.date = c.date;
        day.minutes += c.minutes;
        day.contributions.push_back(&c);
    }

    const Rational k = threshold(policy.hours_mads, monitor_places);
    for (const auto& [kind, list] : by_kind) {
        KindSpread spread;
        spread.kind = kind;
        spread.contributions = static_cast<std::int64_t>(list.size());
        std::vector<std::int64_t> minutes;
        minutes.reserve(list.size());
        for (const Contribution* c : list)
            minutes.push_back(c->minutes);
        spread.median = median(minutes);
        spread.mad = median_abs_deviation(minutes, spread.median);
        spread.limit = must(add_exact(spread.median, must(mul_exact(k, spread.mad))));
        for (const Contribution* c : list)
            if (compare(make_rational(c->minutes, 1), spread.limit) > 0)
                spread.long_ones.push_back(c);
        out.kinds.push_back(std::move(spread));
    }

    for (auto& [key, day] : days) {
        if (day.minutes <= out.max_minutes_per_day) continue;
        std::sort(day.contributions.begin(), day.contributions.end(),
                  [&](const Contribution* a, const Contribution* b) {
                      return ledger.name(a->id) < ledger.name(b->id);
                  });
        out.long_days.push_back(std::move(day));
    }
    return out;
}

} // namespace coop::monitor
