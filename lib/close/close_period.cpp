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
#include "model/option.hpp"
#include "payout/scoring.hpp"
#include "statement/chain.hpp"
#include "util/atomic_file.hpp"
#include "write/signing_key.hpp"

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

Date days_after(Date d, std::int64_t n) {
    return civil_from_days(days_from_civil(d) + n);
}

// Periods close in order, from the one with the ledger's first entry.
void refuse_out_of_order(const Ledger& ledger, PayoutChain& chain, const std::string& name,
                         const Period& period) {
    const auto first = first_entry_date(ledger);
    if (!first || period.last_day() < *first)
        throw Error(ErrorKind::ledger,
                    first ? fmt::format("{} is before the ledger's first entry ({}): there is "
                                        "nothing to close",
                                        name, format_date(*first))
                          : fmt::format("the ledger has no entries yet: there is nothing to close "
                                        "in {}",
                                        name));
    for (const Period& before : chain.steps_before(period))
        if (!chain.statement(before))
            throw Error(ErrorKind::ledger,
                        fmt::format("{} is still open: periods close in order, so close {} "
                                    "first (coop close {})",
                                    format_period(before), format_period(before),
                                    format_period(before)));
}

// Contributions of the period with fewer valid reviews than min-reviews.
std::vector<Unreviewed> unreviewed_in(const Ledger& ledger, const Period& period) {
    std::vector<Unreviewed> out;
    for (const ScoredContribution& s : score_period(ledger, period))
        if (!s.reviewed)
            out.push_back({std::string(ledger.name(s.contribution->id)),
                           std::string(ledger.name(s.contribution->member)), s.reviews.size()});
    return out;
}

// Reviews have review.window after the period's end to come in.
std::vector<Unreviewed> refuse_inside_window(const Ledger& ledger, const CloseRequest& r,
                                             const std::string& name) {
    const ReviewPolicy& review = ledger.policy.review;
    const Date opens = days_after(r.period.last_day(), 1 + review.window_days);
    if (r.today >= opens) return {};
    std::vector<Unreviewed> frozen = unreviewed_in(ledger, r.period);
    if (r.force) return frozen;
    std::string message = fmt::format(
        "{} is still in its review window: reviews may come in until {} "
        "(review.window {}d), so it can be closed from {} on",
        name, format_date(days_after(opens, -1)), review.window_days, format_date(opens));
    if (!frozen.empty()) {
        message += fmt::format("; closing it now would freeze {} contribution{} with fewer "
                               "than {} valid reviews at the unreviewed factor:",
                               frozen.size(), frozen.size() == 1 ? "" : "s", review.min_reviews);
        for (std::size_t i = 0; i < frozen.size() && i < 20; ++i)
            message += fmt::format("\n  {} by {}: {} review{}", frozen[i].id, frozen[i].member,
                                   frozen[i].reviews, frozen[i].reviews == 1 ? "" : "s");
        if (frozen.size() > 20) message += fmt::format("\n  and {} more", frozen.size() - 20);
        message += "\n";
    } else {
        message += "; ";
    }
    message += "wait, or close it now with " + option_ref(Option::force);
    throw Error(ErrorKind::ledger, message);
}

} // namespace

CloseResult close_period(const fs::path& root, const Ledger& ledger, const CloseRequest& r) {
    const std::string name = format_period(r.period);
    const git::Repository repo = git::open_for(root, "coop close");
    refuse_unclosable(root, ledger, r, repo.get(), name);
    PayoutChain chain(ledger);
    refuse_out_of_order(ledger, chain, name, r.period);
    std::vector<Unreviewed> frozen = refuse_inside_window(ledger, r, name);
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

    // Like every --commit, the statement's commit is signed when the co-op
    // signs its commits (audit O3); refused before anything is written.
    const std::string key = signing_key_for(root, r.commit && ledger.policy.signed_commits,
                                            "then coop close " + option_ref(Option::commit));
    CloseResult out;
    out.path = statement_path(name);
    out.computed_from = git::hex(*git_commit_id(head->get()));
    out.unreviewed = std::move(frozen);
    const PeriodPayout payout = chain.payout(r.period); // open: under coop.yaml's policy
    const std::string text =
        statement_yaml(make_statement(payout.table, payout.policy, out.computed_from));
    std::error_code ec;
    fs::create_directories(root / "payouts", ec);
    if (const auto failed = write_file_atomic(root / out.path, text))
        throw Error(ErrorKind::io, *failed);
    if (!r.commit) return out;
    out.commit = git::commit_file(root / out.path, text,
                                  fmt::format("Close {}: payout statement", name), key);
    git_oid commit_id;
    git::check(git_oid_fromstr(&commit_id, out.commit.c_str()), "cannot read the new commit id");
    out.tag = "coop/" + name;
    git::create_annotated_tag(
        repo.get(), out.tag, commit_id,
        fmt::format("Payout statement of {}\n\nComputed from {}.\n", name, out.computed_from));
    return out;
}

} // namespace coop
