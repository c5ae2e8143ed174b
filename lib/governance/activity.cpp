#include "governance/activity.hpp"

#include <algorithm>

namespace coop {

Activity::Activity(const Ledger& l) {
    for (const Contribution& c : l.contributions)
        days_[l.name(c.member)].push_back(c.date);
    for (const Review& r : l.reviews)
        days_[l.name(r.reviewer)].push_back(r.date);
    for (auto& [member, days] : days_) {
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
    }
}

std::optional<Date> Activity::last(std::string_view member, Date to) const {
    const auto it = days_.find(member);
    if (it == days_.end()) return std::nullopt;
    const auto after = std::upper_bound(it->second.begin(), it->second.end(), to);
    if (after == it->second.begin()) return std::nullopt;
    return *(after - 1);
}

bool Activity::active(std::string_view member, Date from, Date to) const {
    const auto d = last(member, to);
    return d && *d >= from;
}

} // namespace coop
