#include <algorithm>
#include <string_view>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "model/layout.hpp"
#include "validate/ledger_rules.hpp"
#include "validate/membership.hpp"

namespace coop {

namespace {

// contributions/YYYY/MM/<handle>.yaml of an id <handle>-<yyyymmdd>-<xxxx>.
std::string home_path(std::string_view id) {
    const auto parts = parse_contribution_id(id);
    return parts ? contributions_path(parts->handle, parts->date) : std::string();
}

bool home_file_complete(const Ledger& l, std::string_view id) {
    if (l.incomplete_files.empty()) return true;
    const std::string home = home_path(id);
    for (FileId f : l.incomplete_files)
        if (l.path(f) == home) return false;
    return true;
}

} // namespace

void reviews_valid(const Ledger& l, EntryPlaces& at, Diagnostics& d) {
    for (std::uint32_t i = 0; i < l.reviews.size(); ++i) {
        const Review& r = l.reviews[i];
        const std::string_view path = l.path(r.file);
        const std::string_view reviewer = l.name(r.reviewer);
        const std::string_view id = l.name(r.contribution);
        const auto error = [&](ReviewField field, std::string message) {
            const Pos p = at.review(i, field);
            d.error(path, p.line, p.column, std::move(message));
        };
        if (l.find_member(reviewer)) // an unknown reviewer is reported once, for the file
            if (auto problem = membership_problem(l, reviewer, r.date, "reviewer"))
                error(ReviewField::date, *problem);
        if (r.target == no_entry) {
            // The id names the file it lives in; if a syntax error cut that file
            // short, the entry may well be there: say nothing then.
            if (home_file_complete(l, id))
                error(ReviewField::contribution,
                      fmt::format("review of unknown contribution '{}'", id));
            continue;
        }
        const Contribution& c = l.contributions[r.target];
        if (c.member == r.reviewer)
            error(ReviewField::contribution,
                  fmt::format("{} reviews their own contribution '{}'; reviews must come from "
                              "other members",
                              reviewer, id));
        if (r.date.ymd && c.date.ymd && r.date < c.date)
            error(ReviewField::date,
                  fmt::format("review dated {} is before the contribution it reviews ({})",
                              format_date(r.date), format_date(c.date)));
    }

    // One review per reviewer and contribution: sorted by both, a second one
    // sits right after the first.
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < l.reviews.size(); ++i)
        if (l.reviews[i].target != no_entry) order.push_back(i);
    const auto key = [&](std::uint32_t i) {
        return std::tuple(l.reviews[i].target, l.reviews[i].reviewer, i);
    };
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
    std::uint32_t first = order.empty() ? no_entry : order[0]; // of the current run
    for (std::size_t k = 1; k < order.size(); ++k) {
        const Review& r = l.reviews[order[k]];
        const Review& prev = l.reviews[order[k - 1]];
        if (r.target != prev.target || r.reviewer != prev.reviewer) {
            first = order[k];
            continue;
        }
        const Pos p = at.review(order[k], ReviewField::contribution);
        const Pos first_pos = at.review(first, ReviewField::entry);
        d.error(l.path(r.file), p.line, p.column,
                fmt::format("second review of '{}' by {} (first at {}:{}); edit the first "
                            "one instead",
                            l.name(r.contribution), l.name(r.reviewer),
                            l.path(l.reviews[first].file), first_pos.line));
    }
}

} // namespace coop
