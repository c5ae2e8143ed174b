#include "audit/entry_commits.hpp"

#include <git2.h>

#include "audit/ledger_history.hpp"
#include "git/repository.hpp"
#include "git/trees.hpp"
#include "read/entry_diff.hpp"
#include "read/entry_record.hpp"

namespace coop::audit {

namespace {

// The number written with `digits` digits at `from` in `path`, if it is one.
std::optional<int> path_number(const std::string& path, std::size_t from, std::size_t digits) {
    if (path.size() < from + digits) return std::nullopt;
    int v = 0;
    for (std::size_t i = from; i < from + digits; ++i) {
        if (path[i] < '0' || path[i] > '9') return std::nullopt;
        v = v * 10 + (path[i] - '0');
    }
    return v;
}

// Whether a path (folder or file) may hold entries of the period: its
// contributions and revenue, and reviews from its first month on.
bool in_scope(const std::string& path, const Period& period) {
    const auto slash = path.find('/');
    const std::string top = path.substr(0, slash);
    const bool reviews = top == "reviews";
    if (!reviews && top != "contributions" && top != "revenue") return false;
    if (slash == std::string::npos) return true;
    const auto year = path_number(path, slash + 1, 4);
    if (!year) return false;
    const Date first = period.first_day(), last = period.last_day();
    if (*year < first.year() || (!reviews && *year > last.year())) return false;
    if (path.size() <= slash + 5) return true; // the year folder
    const auto month = path_number(path, slash + 6, 2);
    if (!month) return false;
    const int ym = *year * 100 + *month;
    const int from = first.year() * 100 + first.month(), to = last.year() * 100 + last.month();
    return ym >= from && (reviews || ym <= to);
}

} // namespace

Date EntryCommit::date() const {
    const std::int64_t local = time + std::int64_t{offset} * 60;
    return civil_from_days(local >= 0 ? local / 86400 : (local - 86399) / 86400);
}

EntryCommits entries_added(const std::filesystem::path& ledger_root, const Period& period) {
    EntryCommits out;
    const auto repo = git::discover(ledger_root);
    if (!repo) {
        out.unavailable = "the ledger is not in a git repository";
        return out;
    }
    if (git_repository_is_shallow(repo->get()) == 1) {
        out.unavailable = "the clone is shallow (run git fetch --unshallow)";
        return out;
    }
    LedgerHistory h(ledger_root, "coop monitor");
    const std::vector<git_oid> commits = h.commits({});
    if (commits.empty()) {
        out.unavailable = "the branch has no commits yet";
        return out;
    }
    out.available = true;
    for (const git_oid& oid : commits) {
        const git::Commit commit = h.lookup(oid);
        if (git_commit_parentcount(commit.get()) > 1) continue; // its sides hold the changes
        const git::Tree after = h.ledger_tree(commit.get());
        const git::Tree before = h.parent_ledger_tree(commit.get());
        const auto changes =
            git::diff_trees(h.repo(), before.get(), after.get(),
                            [&](const std::string& path, bool) { return in_scope(path, period); });
        for (const git::TreeChange& ch : changes) {
            if (!holds_entries(ch.path)) continue;
            const auto diff = diff_entries(h.entries(ch.before, ch.path, h.policy(before.get())),
                                           h.entries(ch.after, ch.path, h.policy(after.get())));
            for (const EntryChange& e : diff) {
                if (e.op != EntryOp::added || out.added.contains(e.entry.key)) continue;
                const git_signature* author = git_commit_author(commit.get());
                out.added.emplace(e.entry.key,
                                  EntryCommit{git::hex(oid), git_commit_time(commit.get()),
                                              git_commit_time_offset(commit.get()),
                                              author && author->email ? author->email : ""});
            }
        }
    }
    return out;
}

} // namespace coop::audit
