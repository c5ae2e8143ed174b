// O4 for payments (SPEC 9): audit treats a payments record like a statement.
// At the commit that adds it, it must equal its statement's paid amounts
// (the rules of coop validate, on the tree at that commit) and name the
// statement's blob there.
#include <fmt/format.h>

#include "audit/commit_rules.hpp"
#include "git/tree_source.hpp"
#include "git/trees.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "payments/payments_check.hpp"
#include "statement/chain.hpp"

namespace coop::audit {

void check_payments_record(LedgerHistory& h, const CommitView& c, const git::TreeChange& change,
                           std::vector<Finding>& out) {
    const std::string& path = change.path;
    Diagnostics ignored; // the ledger's own problems are coop validate's
    const Ledger ledger = git::read_ledger_at(h.repo(), c.after, ignored);
    Diagnostics problems;
    const PaymentsRecord record =
        read_payments(h.text(change.after), path, ledger.policy.minor_digits, problems);
    const auto period = payments_period(path);
    const Statement* statement = nullptr;
    PayoutChain chain(ledger);
    if (period) {
        try {
            statement = chain.statement(*period);
        } catch (const Error& e) {
            out.push_back(
                c.finding("O4", path,
                          fmt::format("its statement does not read at this commit: {}", e.what())));
            return;
        }
    }
    check_payments(record, path, statement, ledger.policy, problems);
    for (const Diagnostic& d : problems.items())
        if (d.severity == Severity::error)
            out.push_back(
                c.finding("O4", path,
                          fmt::format("does not match the statement at this commit: line {}: {}",
                                      d.line, d.message)));
    if (!statement || record.statement.empty() || !period) return;
    const auto blob = git::blob_id(c.after, statement_path(format_period(*period)));
    if (blob && git::hex(*blob) != record.statement)
        out.push_back(c.finding("O4", path,
                                fmt::format("names the statement blob {}, but {} at this commit "
                                            "is {}",
                                            record.statement.substr(0, 7),
                                            statement_path(format_period(*period)),
                                            git::hex(*blob).substr(0, 7))));
}

} // namespace coop::audit
