#include "audit/waivers.hpp"

#include <algorithm>

#include "git/tree_source.hpp"
#include "governance/count.hpp"

namespace coop::audit {

namespace {

bool names_commit(std::string_view prefix, const std::string& hex) {
    if (prefix.size() < 7 || prefix.size() > hex.size()) return false;
    return std::equal(prefix.begin(), prefix.end(), hex.begin(), [](char a, char b) {
        return (a >= 'A' && a <= 'F' ? char(a - 'A' + 'a') : a) == b;
    });
}

} // namespace

void apply_waivers(LedgerHistory& h, const git_oid& head, const VoteHistory& votes, Date today,
                   AuditReport& report) {
    if (report.findings.empty()) return;
    const git::Commit commit = h.lookup(head);
    const git::Tree tree = h.ledger_tree(commit.get());
    if (!tree) return;
    Diagnostics ignored;
    const Ledger ledger = git::read_ledger_at(h.repo(), tree.get(), ignored);
    const Activity activity(ledger);
    const StaleStances stale = votes.stale(ledger);
    std::vector<const Proposal*> passed;
    for (const Proposal& p : ledger.proposals)
        if (p.kind == ChangeKind::waive && p.change_ok &&
            count_proposal(ledger, activity, p, governance_for(ledger, p, &votes), today, stale)
                .passed)
            passed.push_back(&p);
    if (passed.empty()) return;
    std::vector<Finding> kept;
    for (Finding& f : report.findings) {
        const auto it = std::find_if(passed.begin(), passed.end(), [&](const Proposal* p) {
            return p->rule == f.rule && names_commit(p->commit, f.commit);
        });
        if (it == passed.end())
            kept.push_back(std::move(f));
        else
            report.waived.push_back({std::move(f), std::string((*it)->id)});
    }
    report.findings = std::move(kept);
}

} // namespace coop::audit
