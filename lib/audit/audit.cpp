#include "audit/audit.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "audit/commit_rules.hpp"
#include "audit/ledger_history.hpp"
#include "audit/reviewed_work.hpp"
#include "audit/waivers.hpp"
#include "git/tree_source.hpp"
#include "git/trees.hpp"
#include "model/layout.hpp"
#include "network/circles.hpp"
#include "read/file_readers.hpp"
#include "read/yaml_cursor.hpp"

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

// Who wrote the proposal in `blob` (empty when it names nobody).
std::string proposer_in(LedgerHistory& h, const git_oid& blob, const std::string& rel) {
    if (git_oid_is_zero(&blob)) return {};
    const std::string text = h.text(blob);
    FileResult r;
    const Policy policy;
    const FileContext ctx{0, rel, classify_path(rel), policy};
    YamlCursor c(text, rel, r.diags);
    if (c.begin_document()) {
        read_proposal_file(c, ctx, r);
        c.end_document();
    }
    return r.proposals.empty() ? std::string() : std::string(r.proposals.front().proposer);
}

struct AuditState {
    VoteHistory votes;     // the stances and enactments of the commits seen
    ReviewedWork reviewed; // O5, decided at the end
};

void audit_commit(LedgerHistory& h, const git_commit* c, AuditState& state, AuditReport& report) {
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
    const CommitView view{meta,
                          c,
                          before.get(),
                          after.get(),
                          h.members(before.get()),
                          h.members(after.get()),
                          !proposal_trailers(git_commit_message(c)).empty()};
    std::optional<Ledger> parent_ledger;
    Diagnostics ignored; // the ledger's own problems are coop validate's
    const auto parent = [&]() -> const Ledger& {
        if (!parent_ledger) parent_ledger = git::read_ledger_at(h.repo(), before.get(), ignored);
        return *parent_ledger;
    };
    std::vector<GovernedChange> governed;
    for (const git::TreeChange& ch : changes) {
        const FileChange f = file_change(h, ch, policy_before, policy_after);
        if (!genesis) {
            std::string proposer;
            if (classify_path(ch.path).kind == FileKind::proposal) {
                proposer = proposer_in(h, ch.before, ch.path);
                if (proposer.empty()) proposer = proposer_in(h, ch.after, ch.path);
            }
            check_ownership(view, f, proposer, report.findings, governed);
        }
        check_closed(view, f, closed, report.findings);
        if (statement_period(ch.path)) check_statement(h, view, ch, report.findings);
        const FileKind kind = classify_path(ch.path).kind;
        if (kind == FileKind::payments && !ch.removed())
            check_payments_record(h, view, ch, report.findings);
        if (kind == FileKind::reviews) state.reviewed.reviewed(f);
        if (kind == FileKind::contributions && before) state.reviewed.changed(view, f, parent);
        for (const EntryChange& e : f.entries)
            if (e.op != EntryOp::added)
                report.edits.push_back({meta.hex, meta.author_email, meta.date, ch.path, e});
    }
    check_enactment(h, view, governed, state.votes, report.findings);
    if (policy_after.signed_commits || policy_before.signed_commits) {
        ++report.signatures_checked;
        check_signature(h, view, genesis, report.findings);
    }
    state.votes.record(h.repo(), c, before.get(), after.get());
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
                              h.members(after.get()),
                              false};
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

// O7 (SPEC 8): every entry of the ledger at HEAD with a source, against the
// circle fetched into this repository.
void check_circle_sources(LedgerHistory& h, const git_oid& head, AuditReport& report) {
    const git::Commit commit = h.lookup(head);
    const git::Tree tree = h.ledger_tree(commit.get());
    Diagnostics ignored;
    const Ledger ledger = git::read_ledger_at(h.repo(), tree.get(), ignored);
    const CommitMeta meta = commit_meta(commit.get());
    for (const network::SourceProblem& p : network::check_sources(h.repo(), ledger))
        report.findings.push_back({"O7", meta.hex, meta.author_email, meta.date,
                                   std::string(ledger.path(p.entry->file)), p.message});
}

} // namespace

Finding CommitView::finding(std::string rule, std::string path, std::string message) const {
    return {std::move(rule), meta.hex,        meta.author_email,
            meta.date,       std::move(path), std::move(message)};
}

AuditReport run_audit(const std::filesystem::path& ledger_root, const AuditOptions& options) {
    LedgerHistory h(ledger_root, "coop audit");
    AuditReport report;
    AuditState state;
    // The votes need the whole history: a stance made stale before `since`
    // is stale after it.
    const std::vector<git_oid> all = h.commits("");
    std::set<std::string> audited;
    if (!options.since.empty())
        for (const git_oid& id : h.commits(options.since))
            audited.insert(git::hex(id));
    std::map<std::string, std::size_t, std::less<>> order; // commit -> its place in history
    for (const git_oid& id : all) {
        const git::Commit commit = h.lookup(id);
        const bool merge = git_commit_parentcount(commit.get()) > 1;
        const std::string hex = git::hex(id);
        order.emplace(hex, order.size());
        if (options.since.empty() || audited.count(hex)) {
            if (merge)
                audit_merge(h, commit.get(), report);
            else
                audit_commit(h, commit.get(), state, report);
        } else if (!merge) {
            const git::Tree after = h.ledger_tree(commit.get());
            const git::Tree before = h.parent_ledger_tree(commit.get());
            state.votes.record(h.repo(), commit.get(), before.get(), after.get());
        }
    }
    for (Finding& f : state.reviewed.findings())
        report.findings.push_back(std::move(f));
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [&](const Finding& a, const Finding& b) {
                         return order.find(a.commit)->second < order.find(b.commit)->second;
                     });
    if (!all.empty()) check_circle_sources(h, all.back(), report);
    if (!all.empty()) apply_waivers(h, all.back(), state.votes, options.today, report);
    return report;
}

} // namespace coop::audit
