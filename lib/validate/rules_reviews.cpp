#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "validate/membership.hpp"
#include "validate/rules.hpp"

namespace coop::rules {

namespace {

struct PairHash {
    std::size_t operator()(const std::pair<std::string_view, std::string_view>& p) const {
        const std::size_t a = std::hash<std::string_view>{}(p.first);
        return a ^ (std::hash<std::string_view>{}(p.second) + 0x9e3779b97f4a7c15ULL + (a << 6));
    }
};

// contributions/YYYY/MM/<handle>.yaml of an id <handle>-<yyyymmdd>-<xxxx>.
std::string home_path(std::string_view id) {
    if (id.size() < 15) return {};
    const std::string_view date = id.substr(id.size() - 13, 8);
    const std::string_view handle = id.substr(0, id.size() - 14);
    return fmt::format("contributions/{}/{}/{}.yaml", date.substr(0, 4), date.substr(4, 2), handle);
}

bool home_file_complete(const Ledger& l, std::string_view id) {
    if (l.incomplete_files.empty()) return true;
    const std::string home = home_path(id);
    for (FileId f : l.incomplete_files)
        if (l.path(f) == home) return false;
    return true;
}

} // namespace

void reviews_valid(const Ledger& l, Diagnostics& d) {
    std::unordered_map<std::string_view, const Contribution*> by_id;
    by_id.reserve(l.contributions.size());
    for (const Contribution& c : l.contributions)
        by_id.emplace(c.id, &c);
    std::unordered_map<std::pair<std::string_view, std::string_view>, const Review*, PairHash>
        first;
    first.reserve(l.reviews.size());

    for (const Review& r : l.reviews) {
        const std::string& path = l.path(r.file);
        if (l.find_member(r.reviewer)) // an unknown reviewer is reported once, for the file
            if (auto problem = membership_problem(l, r.reviewer, r.date, "reviewer"))
                d.error(path, r.date_pos.line, r.date_pos.column, *problem);
        const auto it = by_id.find(r.contribution);
        if (it == by_id.end()) {
            // The id names the file it lives in; if a syntax error cut that file
            // short, the entry may well be there: say nothing then.
            if (home_file_complete(l, r.contribution))
                d.error(path, r.contribution_pos.line, r.contribution_pos.column,
                        fmt::format("review of unknown contribution '{}'", r.contribution));
            continue;
        }
        const Contribution& c = *it->second;
        if (c.member == r.reviewer)
            d.error(path, r.contribution_pos.line, r.contribution_pos.column,
                    fmt::format("{} reviews their own contribution '{}'; reviews must come from "
                                "other members",
                                r.reviewer, r.contribution));
        auto [prev, fresh] = first.emplace(std::pair{r.reviewer, r.contribution}, &r);
        if (!fresh)
            d.error(path, r.contribution_pos.line, r.contribution_pos.column,
                    fmt::format("second review of '{}' by {} (first at {}:{}); edit the first "
                                "one instead",
                                r.contribution, r.reviewer, l.path(prev->second->file),
                                prev->second->pos.line));
        if (r.date.ymd && c.date.ymd && r.date < c.date)
            d.error(path, r.date_pos.line, r.date_pos.column,
                    fmt::format("review dated {} is before the contribution it reviews ({})",
                                format_date(r.date), format_date(c.date)));
    }
}

} // namespace coop::rules
