// O6: coop.yaml, roles and another member's `left` change only by enactment:
// one commit with a `Coop-Proposal: <id>` trailer whose change of the file is
// exactly the change of that proposal, which had passed at the commit's
// parent.
#include <algorithm>

#include <fmt/format.h>

#include "audit/commit_rules.hpp"
#include "git/tree_source.hpp"
#include "git/trees.hpp"
#include "governance/change.hpp"
#include "governance/count.hpp"

namespace coop::audit {

namespace {

std::string file_text(LedgerHistory& h, const git_tree* tree, const std::string& path) {
    if (!tree) return {};
    const auto id = git::blob_id(tree, path);
    return id ? h.text(*id) : std::string();
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? i + 1 == parts.size() ? ", and " : ", " : "") + parts[i];
    return out;
}

} // namespace

void check_enactment(LedgerHistory& h, const CommitView& c,
                     const std::vector<GovernedChange>& governed, const VoteHistory& votes,
                     std::vector<Finding>& out) {
    if (governed.empty()) return;
    const std::vector<std::string> named = proposal_trailers(git_commit_message(c.commit));
    if (named.empty()) {
        for (const GovernedChange& g : governed)
            out.push_back(c.finding("O6", g.path,
                                    fmt::format("{} without a passed proposal (no Coop-Proposal "
                                                "trailer); {}, then coop enact",
                                                g.what, g.how)));
        return;
    }
    Diagnostics ignored; // the ledger's own problems are coop validate's
    const Ledger ledger = git::read_ledger_at(h.repo(), c.before, ignored);
    const Activity activity(ledger);
    const StaleStances stale = votes.stale(ledger);
    const Date on = parse_date(std::string_view(c.meta.date).substr(0, 10)).value_or(Date{});
    std::vector<std::string> covered; // the files the named proposals change
    for (const std::string& id : named) {
        const Proposal* p = ledger.find_proposal(id);
        if (!p) {
            out.push_back(c.finding("O6", "",
                                    fmt::format("names {} in its Coop-Proposal trailer, but the "
                                                "ledger at its parent has no such proposal",
                                                id)));
            continue;
        }
        const auto file = changed_file(*p);
        if (!file) continue; // a waiver changes no file
        const bool touched = std::any_of(governed.begin(), governed.end(),
                                         [&](const GovernedChange& g) { return g.path == *file; });
        covered.push_back(*file);
        const ProposalCount count =
            count_proposal(ledger, activity, *p, governance_for(ledger, *p, &votes), on, stale);
        if (!count.passed) {
            out.push_back(
                c.finding("O6", *file,
                          fmt::format("enacts {}, which had not passed at the parent commit: {}",
                                      id, joined(shortfalls(count)))));
            continue;
        }
        const std::string before = file_text(h, c.before, *file);
        const std::string after = file_text(h, c.after, *file);
        std::string error;
        const auto expected = apply_change(*p, before, error);
        if (!expected) {
            out.push_back(
                c.finding("O6", *file,
                          fmt::format("enacts {}, whose change cannot be made at the parent: {}",
                                      id, error)));
            continue;
        }
        std::string difference;
        if (!touched && before == after)
            out.push_back(c.finding("O6", *file,
                                    fmt::format("enacts {}, but does not change {}", id, *file)));
        else if (!same_values(before, *expected, after, difference))
            out.push_back(
                c.finding("O6", *file,
                          fmt::format("enacts {}, but its change is not the proposal's: {}", id,
                                      difference)));
    }
    for (const GovernedChange& g : governed)
        if (std::find(covered.begin(), covered.end(), g.path) == covered.end())
            out.push_back(c.finding("O6", g.path,
                                    fmt::format("{}, which no proposal it names changes; {}, "
                                                "then coop enact",
                                                g.what, g.how)));
}

} // namespace coop::audit
