#include "close/close_period.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "git/commit_file.hpp"
#include "git/repository.hpp"
#include "git/status.hpp"
#include "git/tag.hpp"
#include "git/trees.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "payout/payout.hpp"
#include "payout/statement.hpp"
#include "util/atomic_file.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

std::string_view cadence_name(Cadence c) {
    return c == Cadence::monthly ? "monthly" : "quarterly";
}

bool overlap(const Period& a, const Period& b) {
    return a.first_day() <= b.last_day() && b.first_day() <= a.last_day();
}

// payouts/<p>.yaml of every period that overlaps `period` (the month's
// quarter, a quarter's months) and has a statement.
std::vector<std::string> statements_covering(const fs::path& root, const Period& period) {
    std::vector<std::string> found;
    std::error_code ec;
    for (fs::directory_iterator it(root / "payouts", ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.ends_with(".yaml")) continue;
        const auto p = parse_period(name.substr(0, name.size() - 5));
        if (p && overlap(*p, period)) found.push_back("payouts/" + name);
    }
    std::sort(found.begin(), found.end());
    return found;
}

bool ledger_file(const std::string& rel) {
    if (rel == "coop.yaml") return true;
    const std::string_view top = std::string_view(rel).substr(0, rel.find('/'));
    for (std::string_view folder : ledger_folders)
        if (rel.find('/') != std::string::npos && top == folder) return true;
    return false;
}

std::string listed(const std::vector<std::string>& paths) {
    std::string out;
    for (std::size_t i = 0; i < paths.size() && i < 5; ++i)
        out += (i ? ", " : "") + paths[i];
    if (paths.size() > 5) out += fmt::format(" and {} more", paths.size() - 5);
    return out;
}

void refuse_unclosable(const fs::path& root, const Ledger& ledger, const CloseRequest& r,
                       git_repository* repo, const std::string& name) {
    if (r.period.cadence != ledger.policy.period)
        throw Error(ErrorKind::usage,
                    fmt::format("the co-op is paid {}, so coop close closes {}; {} is a {}",
                                cadence_name(ledger.policy.period),
                                ledger.policy.period == Cadence::monthly ? "months like 2026-11"
                                                                         : "quarters like 2026-Q4",
                                name, r.period.cadence == Cadence::monthly ? "month" : "quarter"));
    if (r.period.last_day() >= r.today)
        throw Error(
            ErrorKind::ledger,
            fmt::format("{} is not over yet: it ends on {}, so it can be closed from {} on", name,
                        format_date(r.period.last_day()),
                        format_date(civil_from_days(days_from_civil(r.period.last_day()) + 1))));
    if (const auto found = statements_covering(root, r.period); !found.empty())
        throw Error(ErrorKind::ledger,
                    fmt::format("{} is already closed: {} exists", name, listed(found)));
    if (git::tag_exists(repo, "coop/" + name))
        throw Error(ErrorKind::ledger,
                    fmt::format("{} is already closed: the tag coop/{} exists", name, name));
}

} // namespace

CloseResult close_period(const fs::path& root, const Ledger& ledger, const CloseRequest& r) {
    const std::string name = format_period(r.period);
    const git::Repository repo = git::open_for(root, "coop close");
    refuse_unclosable(root, ledger, r, repo.get(), name);
    const auto head = git::head_commit(repo.get());
    if (!head) throw Error(ErrorKind::usage, "the ledger has no commit yet: commit it, then close");
    const std::string prefix = git::ledger_prefix(repo.get(), root);
    std::vector<std::string> dirty;
    for (auto& p : git::uncommitted_paths(repo.get(), prefix))
        if (ledger_file(p)) dirty.push_back(std::move(p));
    if (!dirty.empty())
        throw Error(ErrorKind::ledger,
                    fmt::format("the ledger has uncommitted changes ({}); commit them first, as "
                                "the statement names the commit it was computed from and must "
                                "match it",
                                listed(dirty)));

    CloseResult out;
    out.path = statement_path(name);
    out.computed_from = git::hex(*git_commit_id(head->get()));
    const PayoutTable table = compute_payout(ledger, r.period);
    const std::string text =
        statement_yaml(make_statement(table, ledger.policy, out.computed_from));
    std::error_code ec;
    fs::create_directories(root / "payouts", ec);
    write_file_atomic(root / out.path, text);
    if (!r.commit) return out;
    out.commit =
        git::commit_file(root / out.path, text, fmt::format("Close {}: payout statement", name));
    git_oid commit_id;
    git::check(git_oid_fromstr(&commit_id, out.commit.c_str()), "cannot read the new commit id");
    out.tag = "coop/" + name;
    git::create_annotated_tag(
        repo.get(), out.tag, commit_id,
        fmt::format("Payout statement of {}\n\nComputed from {}.\n", name, out.computed_from));
    return out;
}

} // namespace coop
