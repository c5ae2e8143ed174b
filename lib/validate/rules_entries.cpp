#include <map>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "model/duration.hpp"
#include "validate/rules.hpp"

namespace coop::rules {

void ids_unique(const Ledger& l, Diagnostics& d) {
    struct First {
        FileId file;
        Pos pos;
    };
    std::unordered_map<std::string_view, First> seen;
    seen.reserve(l.contributions.size() + l.revenue.size());
    const auto check = [&](std::string_view id, FileId file, Pos pos) {
        auto [it, fresh] = seen.emplace(id, First{file, pos});
        if (!fresh)
            d.error(l.path(file), pos.line, pos.column,
                    fmt::format("duplicate id '{}' (first at {}:{}); give this entry a new id", id,
                                l.path(it->second.file), it->second.pos.line));
    };
    for (const Contribution& c : l.contributions)
        check(c.id, c.file, c.id_pos);
    for (const RevenueEntry& e : l.revenue)
        check(e.id, e.file, e.id_pos);
}

void kinds_known(const Ledger& l, Diagnostics& d) {
    std::vector<std::string_view> names;
    for (const Kind& k : l.policy.kinds)
        names.push_back(k.name);
    const std::string known = fmt::format("{}", fmt::join(names, ", "));
    for (const Contribution& c : l.contributions)
        if (!c.kind.empty() && !l.policy.find_kind(c.kind))
            d.error(l.path(c.file), c.kind_pos.line, c.kind_pos.column,
                    fmt::format("unknown kind '{}' (known: {})", c.kind, known));
}

// Above max-time-per-day is unusual (a warning); above 24h is impossible (an
// error). Reported once per member and day, at the entry that crosses the line.
void time_per_day(const Ledger& l, Diagnostics& d) {
    struct Day {
        std::int64_t minutes = 0;
        const Contribution* over_limit = nullptr; // the entry that went past the limit
        const Contribution* over_day = nullptr;   // the entry that went past 24h
    };
    const std::int64_t limit = l.policy.max_minutes_per_day;
    std::map<std::pair<std::string_view, std::int32_t>, Day> days;
    for (const Contribution& c : l.contributions) {
        if (c.date.ymd == 0) continue;
        Day& day = days[{c.member, c.date.ymd}];
        const std::int64_t before = day.minutes;
        day.minutes += c.minutes;
        if (before <= limit && day.minutes > limit) day.over_limit = &c;
        if (before <= 24 * 60 && day.minutes > 24 * 60) day.over_day = &c;
    }
    for (const auto& [key, day] : days) {
        if (day.over_day) {
            const Contribution& c = *day.over_day;
            d.error(l.path(c.file), c.time_pos.line, c.time_pos.column,
                    fmt::format("{} logged {} on {}, more than the 24h of a day", c.member,
                                format_duration(day.minutes), format_date(c.date)));
        } else if (day.over_limit) {
            const Contribution& c = *day.over_limit;
            d.warning(l.path(c.file), c.time_pos.line, c.time_pos.column,
                      fmt::format("{} logged {} on {}, more than max-time-per-day {}", c.member,
                                  format_duration(day.minutes), format_date(c.date),
                                  format_duration(limit)));
        }
    }
}

} // namespace coop::rules
