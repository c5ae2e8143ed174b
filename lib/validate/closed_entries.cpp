// Closed periods: the entries of a period whose statement exists are final.
#include <map>

#include <fmt/format.h>

#include "model/error.hpp"
#include "read/entry_diff.hpp"
#include "read/file_readers.hpp"
#include "statement/check.hpp"
#include "validate/closed_periods.hpp"

namespace coop {

namespace {

struct Place {
    std::string path;
    Pos pos;
};

// The period's entries now, in the files that changed since the closing:
// read again whole, as the ledger keeps no summaries, comments or places.
void current(const Ledger& l, const ClosedBaseline& b, std::vector<EntryRecord>& out,
             std::multimap<std::string, Place>& places) {
    const auto take = [&](EntryRecord r, FileId file, Pos pos) {
        if (!b.period.contains(r.period_date)) return;
        places.emplace(r.key, Place{std::string(l.path(file)), pos});
        out.push_back(std::move(r));
    };
    for (FileId f = 0; f < l.files.size(); ++f) {
        if (!b.changed.contains(l.path(f)) || !holds_entries(l.path(f))) continue;
        const FileResult r = reread_file(l, f);
        for (const auto& c : r.contributions)
            take(record_of(c), f, c.pos);
        for (const auto& v : r.reviews)
            take(record_of(v), f, v.pos);
        for (const auto& e : r.revenue)
            take(record_of(e, l.policy.minor_digits), f, e.pos);
    }
}

std::string field_text(const std::vector<FieldChange>& fields) {
    std::string out;
    for (const auto& f : fields)
        out += fmt::format("{}{} {} -> {}", out.empty() ? "" : ", ", f.field,
                           f.before.empty() ? "(none)" : f.before,
                           f.after.empty() ? "(none)" : f.after);
    return out;
}

void against_git(const Ledger& l, const ClosedBaseline& b, Diagnostics& d) {
    std::vector<EntryRecord> now;
    std::multimap<std::string, Place> places;
    current(l, b, now, places);
    std::vector<EntryRecord> then;
    std::map<std::string, std::string> then_paths;
    for (const auto& [path, r] : b.then) {
        then_paths.emplace(r.key, path);
        then.push_back(r);
    }
    const std::string period = format_period(b.period);
    for (const auto& change : diff_entries(then, now)) {
        const EntryRecord& r = change.entry;
        if (change.op == EntryOp::removed) {
            d.error(then_paths[r.key], 1, 1,
                    fmt::format("{} was removed after {} was closed ({} exists); a closed "
                                "period's entries are final",
                                r.key, period, b.statement));
            continue;
        }
        const auto it = places.find(r.key);
        const Place at = it == places.end() ? Place{b.statement, {1, 1}} : it->second;
        std::string message;
        if (change.op == EntryOp::changed)
            message = fmt::format("{} changed after {} was closed ({} exists): {}", r.key, period,
                                  b.statement, field_text(change.fields));
        else if (r.kind == EntryKind::review)
            message = fmt::format("a review of {} written after {} was closed ({} exists); the "
                                  "reviews of a closed period's contributions are final",
                                  r.fields.front().second, period, b.statement);
        else
            message = fmt::format("{} is dated {}, in {}, which is closed ({} exists); a closed "
                                  "period takes no new entries",
                                  r.key, format_date(r.date), period, b.statement);
        d.error(at.path, at.pos.line, at.pos.column, std::move(message));
    }
}

void against_statement(const Ledger& l, PayoutChain& chain, const ClosedBaseline& b,
                       Diagnostics& d) {
    const StatementCheck check = check_statement(chain, l, *b.text, b.statement);
    if (!check.failure.empty()) {
        d.error(b.statement, 1, 1,
                fmt::format("closed period {} cannot be recomputed: {}", format_period(b.period),
                            check.failure));
        return;
    }
    for (const Diagnostic& x : check.differences.items())
        d.error(x.path, x.line, x.column,
                fmt::format("closed period {} no longer matches its statement: {}",
                            format_period(b.period), x.message));
}

} // namespace

void closed_periods_unchanged(const Ledger& l, const std::vector<ClosedBaseline>& closed,
                              Diagnostics& d) {
    std::optional<PayoutChain> chain; // one for all the statements: each is a step of it
    for (const ClosedBaseline& b : closed) {
        if (b.from_git) {
            against_git(l, b, d);
        } else if (b.text && !d.has_errors()) {
            if (!chain) chain.emplace(l);
            against_statement(l, *chain, b, d);
        }
    }
}

} // namespace coop
