#pragma once
// SPEC 7, hours: contributions far longer than is usual for their kind in the
// period, and days on which a member logged more than rules.max-time-per-day.
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/ledger.hpp"
#include "model/monitor_policy.hpp"
#include "payout/scoring.hpp"
#include "util/rational.hpp"

namespace coop::monitor {

// The spread of one kind's contributions in the period.
struct KindSpread {
    std::string_view kind;
    std::int64_t contributions = 0;
    Rational median; // minutes
    Rational mad;    // the median absolute deviation from the median, minutes
    Rational limit;  // median + k x mad: a contribution longer than this is flagged
    std::vector<const Contribution*> long_ones; // by date, then id
};

// A member's day over the limit, with the contributions of that day.
struct LongDay {
    std::string_view member;
    Date date;
    std::int64_t minutes = 0;
    std::vector<const Contribution*> contributions; // by id
};

struct Hours {
    std::vector<KindSpread> kinds; // by kind name
    std::int32_t max_minutes_per_day = 0;
    std::vector<LongDay> long_days; // by member, then date
};

Hours outlying_hours(const Ledger& ledger, const std::vector<ScoredContribution>& scored,
                     const MonitorPolicy& policy);

} // namespace coop::monitor
