#include <fmt/format.h>

#include "read/fields.hpp"
#include "read/file_readers.hpp"

namespace coop {

namespace {

constexpr std::string_view file_keys[] = {"reviewer", "entries"};
constexpr KeyAlias file_aliases[] = {
    {"member", "reviewer"}, {"author", "reviewer"}, {"reviews", "entries"}, {"entry", "entries"}};
constexpr KeyTable file_table{"review file", file_keys, 0b11, file_aliases};

constexpr std::string_view entry_keys[] = {"contribution", "date", "score", "comment"};
constexpr KeyAlias entry_aliases[] = {
    {"id", "contribution"}, {"entry", "contribution"}, {"rating", "score"},
    {"grade", "score"},     {"value", "score"},        {"note", "comment"},
    {"notes", "comment"},   {"message", "comment"},    {"day", "date"}};
constexpr KeyTable entry_table{"review", entry_keys, 0b0111, entry_aliases};

void read_entry(YamlCursor& c, const FileContext& ctx, FileResult& out) {
    ParsedReview r;
    r.reviewer = out.pool.intern(ctx.where.handle);
    r.pos = c.peek_pos();
    bool score_ok = false;
    read_mapping(c, entry_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        switch (key) {
        case 0:
            r.contribution_pos = at;
            if (auto t = read_text(c, "contribution", out.pool, true)) r.contribution = *t;
            break;
        case 1:
            r.date_pos = at;
            if (auto d = read_date(c, "date")) {
                r.date = *d;
                check_entry_month(c, ctx, *d, at, reviews_path(ctx.where.handle, *d));
            }
            break;
        case 2: {
            r.score_pos = at;
            const auto s = read_scalar(c, "score");
            if (!s) break;
            const auto& policy = ctx.policy.review;
            const std::string_view t = s->text;
            const bool whole = s->plain && !t.empty() && t.size() <= 3 &&
                               t.find_first_not_of("0123456789") == std::string_view::npos;
            const int v = whole ? std::stoi(std::string(t)) : -1;
            if (!s->plain && !t.empty() &&
                t.find_first_not_of("0123456789") == std::string_view::npos)
                c.error(at, fmt::format("score must be an unquoted whole number, not text: "
                                        "write score: {}",
                                        t));
            else if (!whole || v < policy.scale_min || v > policy.scale_max)
                c.error(at, fmt::format("score '{}' is not on the scale: write a whole number "
                                        "from {} to {}",
                                        t, policy.scale_min, policy.scale_max));
            else {
                r.score = v;
                score_ok = true;
            }
            break;
        }
        case 3:
            if (auto t = read_text(c, "comment", out.pool, false)) r.comment = *t;
            break;
        }
    });
    if (!r.contribution.empty() && score_ok) out.reviews.push_back(std::move(r));
}

} // namespace

void read_review_file(YamlCursor& c, const FileContext& ctx, FileResult& out) {
    read_mapping(c, file_table, [&](int key, Pos) {
        if (key == 0) {
            read_file_owner(c, ctx, out, "reviewer",
                            "a review file holds only its owner's reviews");
            return;
        }
        read_sequence(c, "entries", [&] { read_entry(c, ctx, out); });
    });
}

} // namespace coop
