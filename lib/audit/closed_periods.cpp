// O2: once payouts/<period>.yaml is committed, no later commit adds, changes
// or removes an entry dated in that period (or a review of a contribution
// dated in it), nor changes or removes the statement. A payments record
// (SPEC 9) is written once too: money went out once.
#include <fmt/format.h>

#include "audit/commit_rules.hpp"
#include "model/layout.hpp"

namespace coop::audit {

namespace {

// The closed period an entry belongs to, in either of its versions.
const ClosedPeriod* touched(const EntryChange& e, const std::vector<ClosedPeriod>& closed) {
    if (const ClosedPeriod* p = closed_at(closed, e.entry.period_date)) return p;
    if (e.op == EntryOp::changed) return closed_at(closed, e.before.period_date);
    return nullptr;
}

std::string describe(const EntryChange& e, const ClosedPeriod& p) {
    const EntryRecord& r =
        e.op == EntryOp::changed && !p.period.contains(e.entry.period_date) ? e.before : e.entry;
    if (r.kind == EntryKind::review)
        return fmt::format("{} of a contribution dated {}", r.key, format_date(r.period_date));
    return fmt::format("{} dated {}", r.key, format_date(r.date));
}

} // namespace

void check_closed(const CommitView& c, const FileChange& f, const std::vector<ClosedPeriod>& closed,
                  std::vector<Finding>& out) {
    const git::TreeChange& change = f.change;
    if (classify_path(change.path).kind == FileKind::payments) {
        if (change.added()) return;
        const auto period = payments_period(change.path);
        out.push_back(
            c.finding("O2", change.path,
                      fmt::format("the payments record{} {} after it was committed",
                                  period ? " of " + format_period(*period) : std::string(),
                                  change.removed() ? "was removed" : "was changed")));
        return;
    }
    if (closed.empty()) return;
    if (classify_path(change.path).kind == FileKind::statement) {
        if (change.added()) return; // a new statement closes its period
        for (const ClosedPeriod& p : closed)
            if (p.statement == change.path)
                out.push_back(
                    c.finding("O2", change.path,
                              fmt::format("the statement of {} {} after it was committed",
                                          format_period(p.period),
                                          change.removed() ? "was removed" : "was changed")));
        return;
    }
    for (const EntryChange& e : f.entries)
        if (const ClosedPeriod* p = touched(e, closed))
            out.push_back(c.finding("O2", change.path,
                                    fmt::format("{} {} after {} was closed", describe(e, *p),
                                                op_name(e.op), format_period(p->period))));
}

} // namespace coop::audit
