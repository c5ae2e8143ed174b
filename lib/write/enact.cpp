// coop enact: a passed proposal's change applied to the one file it changes.
#include <fmt/format.h>

#include "governance/change.hpp"
#include "governance/count.hpp"
#include "governance/vote_history.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "read/ledger_reader.hpp"
#include "util/file_read.hpp"
#include "write/governance_entry.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

// What --dry-run shows of an edit in place: the new text's lines from the
// first that differs to the last.
TextChange edit_in_place(const std::string& before, const std::string& after) {
    const auto lines = [](const std::string& t) {
        std::vector<std::string_view> out;
        for (std::size_t at = 0; at < t.size();) {
            const std::size_t end = t.find('\n', at);
            const std::size_t stop = end == std::string::npos ? t.size() : end + 1;
            out.push_back(std::string_view(t).substr(at, stop - at));
            at = stop;
        }
        return out;
    };
    const auto a = lines(before), b = lines(after);
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    TextChange c;
    c.text = after;
    c.first_new_line = static_cast<std::uint32_t>(head + 1);
    for (std::size_t i = head; i + tail < b.size(); ++i)
        c.added += b[i];
    return c;
}

} // namespace

Outcome enact(const fs::path& root, const std::string& id, Date today,
              const WriteOptions& options) {
    if (!is_proposal_id(id))
        throw Error(ErrorKind::usage,
                    fmt::format("'{}' is not a proposal id (prop-<yyyymmdd>-<name>); coop "
                                "proposals lists them",
                                id));
    // The count needs the whole ledger: who was active, every stance.
    Diagnostics ignored;
    const Ledger ledger = read_ledger(root, ignored);
    const Proposal* p = ledger.find_proposal(id);
    if (!p)
        throw Error(ErrorKind::usage,
                    fmt::format("unknown proposal '{}' (there is no {} that reads as one); coop "
                                "proposals lists them",
                                id, *proposal_path(id)));
    if (p->kind == ChangeKind::waive)
        throw Error(ErrorKind::usage,
                    fmt::format("{} is a waiver: it takes effect when it passes (coop audit "
                                "lists the finding as waived); there is nothing to enact",
                                id));
    if (!p->change_ok)
        throw Error(ErrorKind::ledger,
                    fmt::format("{} does not read whole; run coop validate and fix it first", id));
    const auto history = read_vote_history(root);
    const Activity activity(ledger);
    const ProposalCount count = count_proposal(
        ledger, activity, *p, governance_for(ledger, *p, history ? &*history : nullptr), today,
        history ? history->stale(ledger) : StaleStances{});
    if (!count.passed)
        throw Error(ErrorKind::ledger,
                    fmt::format("{} has not passed: {}", id, fmt::join(shortfalls(count), "; ")));

    const std::string target = *changed_file(*p);
    std::string current;
    if (read_whole_file(root / target, current) != 0)
        throw Error(ErrorKind::ledger,
                    fmt::format("{} changes {}, which cannot be read", id, target));
    std::string error, difference;
    const auto changed = apply_change(*p, current, error);
    if (!changed)
        throw Error(ErrorKind::ledger,
                    fmt::format("{} cannot be applied to {}: {}", id, target, error));
    if (same_values(current, *changed, current, difference))
        throw Error(ErrorKind::ledger,
                    fmt::format("{} is already in effect: {} says what it proposes", id, target));

    // A change of coop.yaml or of a member's roles or leaving can make any
    // entry right or wrong (a kind, the scale, a treasurer's revenue, work
    // after leaving): every file is read. Enactments are rare.
    Scope scope;
    scope.files = list_ledger_files(root, ignored);
    const std::string title(p->title);
    const DraftFn draft = [&](const std::optional<std::string>& now, const Ledger&) {
        if (!now || *now != current)
            throw Error(ErrorKind::io, fmt::format("{} changed while coop enact read the ledger; "
                                                   "run it again",
                                                   target));
        Draft d;
        d.change = edit_in_place(current, *changed);
        d.message = fmt::format("enact: {}\n\n{}\n\nCoop-Proposal: {}\n", id, title, id);
        d.result = id;
        return d;
    };
    const ConfirmFn confirm = [&](const Ledger&, FileId) {
        std::string why;
        return same_values(current, *changed, *changed, why);
    };
    return write_change(root, target, scope, draft, confirm, options);
}

} // namespace coop
