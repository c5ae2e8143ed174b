// O4: a statement committed to payouts/ equals the payout recomputed from the
// whole ledger at its commit, and was computed from a commit of its history.
#include <fmt/format.h>

#include "audit/commit_rules.hpp"
#include "git/tree_source.hpp"
#include "git/trees.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "statement/check.hpp"

namespace coop::audit {

namespace {

void check_origin(LedgerHistory& h, const CommitView& c, const std::string& path,
                  const std::string& computed_from, std::vector<Finding>& out) {
    if (computed_from.empty()) return;
    git_oid from;
    const bool known = git_oid_fromstr(&from, computed_from.c_str()) == 0 &&
                       git_graph_descendant_of(h.repo(), &c.meta.id, &from) == 1;
    if (!known)
        out.push_back(c.finding("O4", path,
                                fmt::format("computed from {}, which is not in this commit's "
                                            "history",
                                            computed_from.substr(0, 7))));
}

} // namespace

void check_statement(LedgerHistory& h, const CommitView& c, const git::TreeChange& change,
                     std::vector<Finding>& out) {
    if (change.removed()) return;
    const std::string& path = change.path;
    Diagnostics ignored; // the ledger's own problems are coop validate's
    const Ledger ledger = git::read_ledger_at(h.repo(), c.after, ignored);
    PayoutChain chain(ledger);
    const StatementCheck check = coop::check_statement(chain, ledger, h.text(change.after), path);
    if (check.problems.has_errors()) {
        for (const Diagnostic& d : check.problems.items())
            if (d.severity == Severity::error)
                out.push_back(c.finding(
                    "O4", path,
                    fmt::format("not a payout statement: line {}: {}", d.line, d.message)));
        return;
    }
    const Statement& file = *check.statement;
    if (const auto named = statement_period(path); named && *named != file.period)
        out.push_back(c.finding("O4", path,
                                fmt::format("the file is named for {} but states period {}",
                                            format_period(*named), format_period(file.period))));
    check_origin(h, c, path, file.computed_from, out);
    if (!check.failure.empty()) {
        out.push_back(c.finding(
            "O4", path, fmt::format("cannot be recomputed at this commit: {}", check.failure)));
        return;
    }
    for (const Diagnostic& d : check.differences.items())
        out.push_back(c.finding(
            "O4", path, fmt::format("does not match the ledger at this commit: {}", d.message)));
}

} // namespace coop::audit
