// stances/<YYYY>/<MM>/<handle>.yaml: consents, objections and abstentions by <handle>.
#include <fmt/format.h>

#include "read/fields.hpp"
#include "read/file_readers.hpp"

namespace coop {

namespace {

constexpr std::string_view file_keys[] = {"member", "entries"};
constexpr KeyAlias file_aliases[] = {{"author", "member"},
                                     {"handle", "member"},
                                     {"voter", "member"},
                                     {"stances", "entries"},
                                     {"entry", "entries"}};
constexpr KeyTable file_table{"stance file", file_keys, 0b11, file_aliases};

constexpr std::string_view entry_keys[] = {"proposal", "date", "stance", "reason"};
constexpr KeyAlias entry_aliases[] = {
    {"id", "proposal"},    {"prop", "proposal"}, {"vote", "stance"}, {"position", "stance"},
    {"comment", "reason"}, {"why", "reason"},    {"day", "date"}};
constexpr KeyTable entry_table{"stance", entry_keys, 0b0111, entry_aliases};

void read_entry(YamlCursor& c, const FileContext& ctx, FileResult& out) {
    Stance s;
    s.file = ctx.id;
    s.member = out.pool.intern(ctx.where.handle);
    s.pos = c.peek_pos();
    bool ok = true;
    bool reason_written = false;
    read_mapping(c, entry_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        switch (key) {
        case 0:
            s.proposal_pos = at;
            if (auto t = read_text(c, "proposal", out.pool, true, true)) {
                if (is_proposal_id(*t))
                    s.proposal = *t;
                else {
                    c.error(at,
                            fmt::format("'{}' is not a proposal id (prop-<yyyymmdd>-<name>)", *t));
                    ok = false;
                }
            }
            break;
        case 1:
            s.date_pos = at;
            if (auto d = read_date(c, "date")) {
                s.date = *d;
                ok = check_entry_month(c, ctx, *d, at,
                                       fmt::format("stances/{:04}/{:02}/{}.yaml", d->year(),
                                                   d->month(), ctx.where.handle)) &&
                     ok;
            }
            break;
        case 2: {
            s.stance_pos = at;
            const auto t = read_scalar(c, "stance");
            if (!t) break;
            if (t->text == "consent")
                s.stance = StanceKind::consent;
            else if (t->text == "object")
                s.stance = StanceKind::object;
            else if (t->text == "abstain")
                s.stance = StanceKind::abstain;
            else {
                c.error(t->pos, fmt::format("unknown stance '{}' (known: consent, object, "
                                            "abstain)",
                                            t->text));
                ok = false;
            }
            break;
        }
        case 3:
            reason_written = true;
            if (auto t = read_text(c, "reason", out.pool, false)) s.reason = *t;
            break;
        }
    });
    if (s.stance == StanceKind::object && !reason_written && s.stance_pos.line) {
        c.error(s.stance_pos, "an objection needs a 'reason': say what would make it acceptable");
        ok = false;
    }
    if (ok && !s.proposal.empty() && s.date.ymd && s.stance_pos.line)
        out.stances.push_back(std::move(s));
}

} // namespace

void read_stance_file(YamlCursor& c, const FileContext& ctx, FileResult& out) {
    read_mapping(c, file_table, [&](int key, Pos) {
        if (key == 0) {
            const Pos at = c.peek_pos();
            out.owner_pos = at;
            if (auto h = read_handle(c, "member", out.pool, true); h && *h != ctx.where.handle)
                c.error(at, fmt::format("member '{}' does not match the file name {}.yaml; a "
                                        "stance file holds only its owner's stances",
                                        *h, ctx.where.handle));
            return;
        }
        read_sequence(c, "entries", [&] { read_entry(c, ctx, out); });
    });
}

} // namespace coop
