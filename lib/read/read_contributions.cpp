#include <fmt/format.h>

#include "model/duration.hpp"
#include "read/fields.hpp"
#include "read/file_readers.hpp"
#include "util/fixed_point.hpp"

namespace coop {

namespace {

constexpr std::string_view file_keys[] = {"member", "entries"};
constexpr KeyAlias file_aliases[] = {
    {"author", "member"}, {"handle", "member"}, {"contributions", "entries"}, {"entry", "entries"}};
constexpr KeyTable file_table{"contribution file", file_keys, 0b11, file_aliases};

constexpr std::string_view entry_keys[] = {"id",      "date",    "time", "kind",
                                           "project", "summary", "refs"};
constexpr KeyAlias entry_aliases[] = {{"hours", "time"},
                                      {"minutes", "time"},
                                      {"duration", "time"},
                                      {"spent", "time"},
                                      {"description", "summary"},
                                      {"title", "summary"},
                                      {"message", "summary"},
                                      {"desc", "summary"},
                                      {"type", "kind"},
                                      {"category", "kind"},
                                      {"ref", "refs"},
                                      {"links", "refs"},
                                      {"url", "refs"},
                                      {"urls", "refs"},
                                      {"day", "date"},
                                      {"when", "date"}};
constexpr KeyTable entry_table{"contribution", entry_keys, 0b0101111, entry_aliases};

std::string duration_problem(DurationError e, std::string_view text) {
    switch (e) {
    case DurationError::empty:
        return "'time' is empty; write a duration like 2h30m";
    case DurationError::bare_number: {
        // Say the likely unit: a small whole number is hours, a large one minutes.
        const bool whole = text.find('.') == std::string_view::npos;
        const bool minutes = whole && (text.size() > 2 || (text.size() == 2 && text > "24"));
        return fmt::format("time '{}' has no unit; write {}{}", text, text, minutes ? "m" : "h");
    }
    case DurationError::not_whole_minute: {
        // x.yh -> the nearest whole number of minutes, to suggest.
        const auto h = text.find('h');
        const FixedParse hours = parse_fixed(text.substr(0, h), 6, pow10(12));
        const std::string_view rest = text.substr(h + 1);
        const FixedParse minutes = rest.empty()
                                       ? FixedParse{}
                                       : parse_fixed(rest.substr(0, rest.size() - 1), 0, pow10(12));
        const auto nearest =
            div_round_half_even(int128{hours.value} * 60, pow10(6)) + minutes.value;
        return fmt::format("time '{}' is not a whole number of minutes; write it in minutes, "
                           "like {}m",
                           text, format_fixed(nearest, 0));
    }
    case DurationError::malformed:
        break;
    }
    return fmt::format("time '{}' is not a duration; write 5m, 90m, 1.5h or 2h30m", text);
}

void read_entry(YamlCursor& c, const FileContext& ctx, FileResult& out) {
    ParsedContribution e;
    e.member = out.pool.intern(ctx.where.handle);
    e.pos = c.peek_pos();
    bool date_ok = false;
    read_mapping(c, entry_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        switch (key) {
        case 0:
            e.id_pos = at;
            if (auto t = read_text(c, "id", out.pool, true)) e.id = *t;
            break;
        case 1:
            e.date_pos = at;
            if (auto d = read_date(c, "date")) {
                e.date = *d;
                date_ok =
                    check_entry_month(c, ctx, *d, at, contributions_path(ctx.where.handle, *d));
            }
            break;
        case 2: {
            e.time_pos = at;
            const auto s = read_scalar(c, "time");
            if (!s) break;
            const auto d = parse_duration(s->text);
            if (const auto* err = std::get_if<DurationError>(&d)) {
                c.error(at, duration_problem(*err, s->text));
                break;
            }
            const std::int32_t minutes = std::get<std::int32_t>(d);
            if (minutes < 1)
                c.error(at, "time must be at least 1m");
            else if (minutes > minutes_per_day)
                c.error(at, fmt::format("time '{}' is more than 24h for one entry; log each "
                                        "day as its own entry",
                                        s->text));
            else
                e.minutes = minutes;
            break;
        }
        case 3:
            e.kind_pos = at;
            if (auto t = read_text(c, "kind", out.pool, true, true)) e.kind = *t;
            break;
        case 4:
            e.project_pos = at;
            if (auto t = read_project(c, "project", out.pool)) e.project = *t;
            break;
        case 5:
            if (auto t = read_text(c, "summary", out.pool, true)) e.summary = *t;
            break;
        case 6:
            e.refs = read_text_list(c, "refs", out.pool);
            break;
        }
    });
    if (!e.id.empty() && date_ok && !is_contribution_id(e.id, ctx.where.handle, e.date)) {
        const std::string prefix = contribution_id_prefix(ctx.where.handle, e.date);
        c.error(e.id_pos, fmt::format("id '{}' does not fit its entry: write '{}' and {} "
                                      "characters of a-z and 2-7, like '{}k7q2'",
                                      e.id, prefix, id_suffix_length, prefix));
    }
    if (!e.id.empty()) out.contributions.push_back(std::move(e));
}

} // namespace

void read_contribution_file(YamlCursor& c, const FileContext& ctx, FileResult& out) {
    read_mapping(c, file_table, [&](int key, Pos) {
        if (key == 0) {
            read_file_owner(c, ctx, out, "member",
                            "a contribution file holds only its owner's work");
            return;
        }
        read_sequence(c, "entries", [&] { read_entry(c, ctx, out); });
    });
}

} // namespace coop
