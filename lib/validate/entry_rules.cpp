#include <algorithm>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "model/duration.hpp"
#include "model/layout.hpp"
#include "model/option.hpp"
#include "util/suggest.hpp"
#include "util/text_index.hpp"
#include "validate/ledger_rules.hpp"

namespace coop {

// Contribution and revenue ids share one namespace. Entries are numbered
// contributions first, then revenue, and looked up in one flat hash set.
void ids_unique(const Ledger& l, EntryPlaces& at, Diagnostics& d) {
    const auto contributions = static_cast<std::uint32_t>(l.contributions.size());
    const auto id_of = [&](std::uint32_t n) {
        return n < contributions ? l.name(l.contributions[n].id) : l.revenue[n - contributions].id;
    };
    const auto place = [&](std::uint32_t n) -> std::pair<FileId, Pos> {
        if (n < contributions)
            return {l.contributions[n].file, at.contribution(n, ContributionField::id)};
        const RevenueEntry& e = l.revenue[n - contributions];
        return {e.file, e.id_pos};
    };
    TextIndex<decltype(id_of)> seen(l.contributions.size() + l.revenue.size(), id_of);
    const auto total = static_cast<std::uint32_t>(contributions + l.revenue.size());
    for (std::uint32_t n = 0; n < total; ++n) {
        const auto first = seen.insert(n);
        if (!first) continue;
        const auto [file, pos] = place(n);
        const auto [first_file, first_pos] = place(*first);
        d.error(l.path(file), pos.line, pos.column,
                fmt::format("duplicate id '{}' (first at {}:{}); give this entry a new id",
                            id_of(n), l.path(first_file), first_pos.line));
    }
}

void kinds_known(const Ledger& l, EntryPlaces& at, Diagnostics& d) {
    std::vector<std::string_view> names;
    for (const Kind& k : l.policy.kinds)
        names.push_back(k.name);
    const std::string known = fmt::format("{}", fmt::join(names, ", "));
    // A handful of kinds, used a hundred thousand times: decided once per symbol.
    std::unordered_map<Sym, bool> is_known;
    for (std::uint32_t i = 0; i < l.contributions.size(); ++i) {
        const Contribution& c = l.contributions[i];
        if (c.kind == no_symbol) continue;
        auto [it, fresh] = is_known.emplace(c.kind, true);
        if (fresh) it->second = l.policy.find_kind(l.name(c.kind)) != nullptr;
        if (it->second) continue;
        const Pos p = at.contribution(i, ContributionField::kind);
        d.error(l.path(c.file), p.line, p.column,
                fmt::format("unknown kind '{}' (known: {})", l.name(c.kind), known));
    }
}

// Above max-time-per-day is unusual (a warning); above 24h is impossible (an
// error). Reported once per member and day, at the entry that crosses the line.
void time_per_day(const Ledger& l, EntryPlaces& at, Diagnostics& d) {
    const std::int64_t limit = l.policy.max_minutes_per_day;
    // The contributions by member and day, each day's in the order written.
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < l.contributions.size(); ++i)
        if (l.contributions[i].date.ymd != 0) order.push_back(i);
    const auto key = [&](std::uint32_t i) {
        const Contribution& c = l.contributions[i];
        return std::tuple(c.member, c.date, i);
    };
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
    for (std::size_t begin = 0; begin < order.size();) {
        const Contribution& first = l.contributions[order[begin]];
        std::int64_t minutes = 0;
        std::uint32_t over_limit = no_entry, over_day = no_entry;
        std::size_t end = begin;
        for (; end < order.size(); ++end) {
            const Contribution& c = l.contributions[order[end]];
            if (c.member != first.member || c.date != first.date) break;
            const std::int64_t before = minutes;
            minutes += c.minutes;
            if (before <= limit && minutes > limit) over_limit = order[end];
            if (before <= minutes_per_day && minutes > minutes_per_day) over_day = order[end];
        }
        begin = end;
        const std::uint32_t crossing = over_day != no_entry ? over_day : over_limit;
        if (crossing == no_entry) continue;
        const Contribution& c = l.contributions[crossing];
        const Pos p = at.contribution(crossing, ContributionField::time);
        if (over_day != no_entry)
            d.error(l.path(c.file), p.line, p.column,
                    fmt::format("{} logged {} on {}, more than the 24h of a day", l.name(c.member),
                                format_duration(minutes), format_date(c.date)));
        else
            d.warning(l.path(c.file), p.line, p.column,
                      fmt::format("{} logged {} on {}, more than max-time-per-day {}",
                                  l.name(c.member), format_duration(minutes), format_date(c.date),
                                  format_duration(limit)));
    }
}

// coop: 2 declares its projects; work and money name only those.
void projects_known(const Ledger& l, EntryPlaces& at, Diagnostics& d) {
    if (!l.policy.declares_projects()) return;
    std::vector<std::string_view> names;
    for (const Project& p : l.policy.projects)
        names.push_back(p.name);
    // A typo, else a longer or shorter name for the same project ('acme-website', 'acme-web').
    const auto suggestion = [&](std::string_view project) -> std::optional<std::string_view> {
        if (const auto near = closest(project, names)) return near;
        std::optional<std::string_view> best;
        for (const std::string_view n : names)
            if ((project.starts_with(n) || n.starts_with(project)) &&
                (!best || n.size() > best->size()))
                best = n;
        return best;
    };
    const auto problem = [&](std::string_view project) {
        if (const auto near = suggestion(project))
            return fmt::format("unknown project '{}'; did you mean '{}'?", project, *near);
        // coop.yaml changes by proposal only (SPEC 6): the hint is the proposal.
        const std::string propose =
            fmt::format("propose it: coop propose {} projects.{}=DESCRIPTION {} TITLE",
                        option_ref(Option::policy), project, option_ref(Option::title));
        if (names.empty())
            return fmt::format("unknown project '{}': coop.yaml declares no projects; {}", project,
                               propose);
        return fmt::format("unknown project '{}' (known: {}); {}", project, join(names), propose);
    };
    std::unordered_map<Sym, bool> is_known; // decided once per symbol
    for (std::uint32_t i = 0; i < l.contributions.size(); ++i) {
        const Contribution& c = l.contributions[i];
        if (c.project == no_symbol) continue;
        auto [it, fresh] = is_known.emplace(c.project, true);
        if (fresh) it->second = l.policy.project_known(l.name(c.project));
        if (it->second) continue;
        const Pos p = at.contribution(i, ContributionField::project);
        d.error(l.path(c.file), p.line, p.column, problem(l.name(c.project)));
    }
    for (const RevenueEntry& e : l.revenue)
        if (!e.project.empty() && !l.policy.project_known(e.project))
            d.error(l.path(e.file), e.project_pos.line, e.project_pos.column, problem(e.project));
}

} // namespace coop
