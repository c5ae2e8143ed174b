#include "audit/audit.hpp"

#include <algorithm>

#include "audit/commit_rules.hpp"
#include "audit/ledger_history.hpp"
#include "git/trees.hpp"
#include "model/layout.hpp"

namespace coop::audit {

namespace {

bool same_blob(const std::optional<git_oid>& a, const git_oid& b) {
    return a ? git_oid_equal(&*a, &b) : git_oid_is_zero(&b);
}

FileChange file_change(LedgerHistory& h, const git::TreeChange& ch, const Policy& before,
                       const Policy& after) {
    FileChange f{ch, {}};
    if (holds_entries(ch.path))
        f.entries = diff_entries(h.entries(ch.before, ch.path, before),
                                 h.entries(ch.after, ch.path, after));
    return f;
}

void audit_commit(LedgerHistory& h, const git_commit* c, AuditReport& report) {
    git::Tree after = h.ledger_tree(c);
    git::Tree before;
    if (git_commit_parentcount(c) == 1) {
        git_commit* raw = nullptr;
        git::check(git_commit_parent(&raw, c, 0), "cannot read a parent commit");
        const git::Commit parent(raw);
        before = h.ledger_tree(parent.get());
    }
    const auto changes = h.changes(before.get(), after.get());
    if (changes.empty()) return;
    ++report.commits;
    const CommitMeta meta = commit_meta(c);
    const bool genesis = !git::blob_id(before.get(), "coop.yaml") &&
                         !git::subtree(h.repo(), before.get(), "members") &&
                         git::blob_id(after.get(), "coop.yaml");
    const Policy& policy_before = h.policy(before.get());
    const Policy& policy_after = h.policy(after.get());
    const auto& closed = h.closed(before.get());
    const CommitView view{
        meta, c, before.get(), after.get(), h.members(before.get()), h.members(after.get())};
    for (const git::TreeChange& ch : changes) {
        const FileChange f = file_change(h, ch, policy_before, policy_after);
        if (!genesis) check_ownership(view, f, report.findings);
        check_closed(view, f, closed, report.findings);
        if (statement_period(ch.path)) check_statement(h, view, ch, report.findings);
        for (const EntryChange& e : f.entries)
            if (e.op != EntryOp::added)
                report.edits.push_back({meta.hex, meta.author_email, meta.date, ch.path, e});
    }
    if (policy_after.signed_commits || policy_before.signed_commits) {
        ++report.signatures_checked;
        check_signature(h, view, genesis, report.findings);
    }
}

// O2 only: what the merge brings into a period closed on one side. A file the
// merge takes from another parent that had the same period closed was checked
// on that side's own commits.
void audit_merge(LedgerHistory& h, const git_commit* c, AuditReport& report) {
    ++report.merges;
    const git::Tree after = h.ledger_tree(c);
    std::vector<git::Tree> parents;
    for (unsigned i = 0; i < git_commit_parentcount(c); ++i) {
        git_commit* raw = nullptr;
        git::check(git_commit_parent(&raw, c, i), "cannot read a parent commit");
        const git::Commit parent(raw);
        parents.push_back(h.ledger_tree(parent.get()));
    }
    const CommitMeta meta = commit_meta(c);
    for (std::size_t i = 0; i < parents.size(); ++i) {
        const auto& closed = h.closed(parents[i].get());
        if (closed.empty()) continue;
        const CommitView view{meta,
                              c,
                              parents[i].get(),
                              after.get(),
                              h.members(parents[i].get()),
                              h.members(after.get())};
        for (const git::TreeChange& ch : h.changes(parents[i].get(), after.get())) {
            std::vector<ClosedPeriod> open_elsewhere = closed;
            for (std::size_t j = 0; j < parents.size(); ++j) {
                if (j == i || !same_blob(git::blob_id(parents[j].get(), ch.path), ch.after))
                    continue;
                const auto& there = h.closed(parents[j].get());
                std::erase_if(open_elsewhere, [&](const ClosedPeriod& p) {
                    return std::any_of(there.begin(), there.end(), [&](const ClosedPeriod& q) {
                        return q.statement == p.statement;
                    });
                });
                break;
            }
            if (open_elsewhere.empty()) continue;
            const FileChange f =
                file_change(h, ch, h.policy(parents[i].get()), h.policy(after.get()));
            check_closed(view, f, open_elsewhere, report.findings);
        }
    }
}

} // namespace

Finding CommitView::finding(std::string rule, std::string path, std::string message) const {
    return {std::move(rule), meta.hex,        meta.author_email,
            meta.date,       std::move(path), std::move(message)};
}

AuditReport run_audit(const std::filesystem::path& ledger_root, const AuditOptions& options) {
    LedgerHistory h(ledger_root, "coop audit");
    AuditReport report;
    for (const git_oid& id : h.commits(options.since)) {
        const git::Commit commit = h.lookup(id);
        if (git_commit_parentcount(commit.get()) > 1)
            audit_merge(h, commit.get(), report);
        else
            audit_commit(h, commit.get(), report);
    }
    return report;
}

} // namespace coop::audit
