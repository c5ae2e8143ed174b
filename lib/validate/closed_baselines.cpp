// Gathering what coop validate knows of each closed period: the statement
// and, with git, the ledger files changed since its computed-from commit.

#include <fmt/format.h>

#include "git/repository.hpp"
#include "git/status.hpp"
#include "git/tree_diff.hpp"
#include "git/trees.hpp"
#include "model/layout.hpp"
#include "model/option.hpp"
#include "util/file_read.hpp"
#include "validate/closed_periods.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

bool ledger_file(const std::string& path, bool is_tree) {
    if (path == "coop.yaml") return !is_tree;
    const std::string_view top = std::string_view(path).substr(0, path.find('/'));
    for (std::string_view folder : ledger_folders)
        if (top == folder) return true;
    return false;
}

// The repository at HEAD, opened once for all the statements.
struct GitView {
    git::Repository repo;
    std::string prefix;
    git::Tree head; // the ledger tree at HEAD
    std::optional<std::vector<std::string>> uncommitted;
};

std::optional<GitView> open_git(const fs::path& root) {
    auto repo = git::discover(root);
    if (!repo) return std::nullopt;
    GitView v{std::move(*repo), {}, nullptr, std::nullopt};
    v.prefix = git::ledger_prefix(v.repo.get(), root);
    const auto head = git::head_commit(v.repo.get());
    if (!head) return std::nullopt;
    const git::Tree top = git::commit_tree(head->get());
    v.head = git::subtree(v.repo.get(), top.get(),
                          v.prefix.empty() ? "" : v.prefix.substr(0, v.prefix.size() - 1));
    return v;
}

// Fills b.changed and b.then from the commit `from`; false when it is not here.
bool from_commit(GitView& g, const Ledger& ledger, const std::string& from, ClosedBaseline& b) {
    git_oid id;
    git_commit* raw = nullptr;
    if (git_oid_fromstr(&id, from.c_str()) < 0 || git_commit_lookup(&raw, g.repo.get(), &id) < 0)
        return false;
    const git::Commit commit(raw);
    const git::Tree top = git::commit_tree(commit.get());
    const git::Tree then = git::subtree(
        g.repo.get(), top.get(), g.prefix.empty() ? "" : g.prefix.substr(0, g.prefix.size() - 1));
    for (const auto& ch : git::diff_trees(g.repo.get(), then.get(), g.head.get(), ledger_file))
        b.changed.insert(ch.path);
    if (!g.uncommitted) g.uncommitted = git::uncommitted_paths(g.repo.get(), g.prefix);
    for (const auto& p : *g.uncommitted)
        b.changed.insert(p);
    for (const auto& path : b.changed) {
        if (!holds_entries(path)) continue;
        const auto blob = git::blob_id(then.get(), path);
        if (!blob) continue;
        for (auto& r : read_entry_records(git::blob_text(g.repo.get(), *blob), path, ledger.policy))
            if (b.period.contains(r.period_date)) b.then.emplace_back(path, std::move(r));
    }
    b.from_git = true;
    return true;
}

} // namespace

std::vector<ClosedBaseline> closed_baselines(const fs::path& root, const Ledger& ledger,
                                             Diagnostics& diags) {
    std::vector<ClosedBaseline> out;
    std::optional<GitView> git;
    bool git_tried = false;
    for (FileId f = 0; f < ledger.files.size(); ++f) {
        if (!ledger.path(f).starts_with("payouts/")) continue;
        const std::string path(ledger.path(f));
        if (classify_path(path).kind != FileKind::statement) continue;
        const auto period = statement_period(path);
        if (!period) {
            if (!path.starts_with("payouts/.")) // .gitkeep
                diags.error(path, 1, 1,
                            "a statement is named payouts/<period>.yaml, with a period like "
                            "2026-11 or 2026-Q4");
            continue;
        }
        const auto text = read_whole_file(root / path);
        if (!text) continue; // gone since it was listed
        Diagnostics problems;
        const Statement st = read_statement(*text, path, ledger.policy.minor_digits, problems);
        ClosedBaseline b;
        b.period = *period;
        b.statement = path;
        if (problems.has_errors() || st.period != *period) {
            diags.warning(path, 1, 1,
                          fmt::format("not a payout statement of {} (coop payout {} {} "
                                      "shows why); the period counts as closed, but its entries "
                                      "are not checked against it",
                                      format_period(*period), option_ref(Option::check), path));
            continue;
        }
        if (!git_tried) {
            git = open_git(root);
            git_tried = true;
        }
        if (git && !st.computed_from.empty() && !from_commit(*git, ledger, st.computed_from, b))
            diags.warning(path, 1, 1,
                          fmt::format("its computed-from commit {} is not in this repository (a "
                                      "shallow clone?); the period is checked against the "
                                      "statement alone",
                                      st.computed_from.substr(0, 7)));
        if (!b.from_git) b.text = std::move(*text);
        out.push_back(std::move(b));
    }
    return out;
}

} // namespace coop
