// coop consent, object and abstain: a stance appended to the member's own month file.
#include <fmt/format.h>

#include "model/error.hpp"
#include "model/layout.hpp"
#include "model/option.hpp"
#include "read/file_readers.hpp"
#include "write/governance_entry.hpp"
#include "write/ledger_facts.hpp"
#include "write/yaml_text.hpp"

namespace fs = std::filesystem;

namespace coop {

Outcome take_stance(const fs::path& root, const StanceRequest& r, const WriteOptions& options) {
    require_utf8(r.proposal, "the proposal id");
    require_utf8(r.reason, option_ref(Option::reason));
    const auto home = proposal_path(r.proposal);
    const auto proposed = parse_proposal_id(r.proposal);
    if (!home || !proposed)
        throw Error(ErrorKind::usage, fmt::format("'{}' is not a proposal id "
                                                  "(prop-<yyyymmdd>-<name>); coop proposals "
                                                  "lists them",
                                                  r.proposal));
    std::error_code ec;
    if (!fs::is_regular_file(root / *home, ec))
        throw Error(ErrorKind::usage,
                    fmt::format("unknown proposal '{}' (there is no {}); coop proposals lists them",
                                r.proposal, *home));
    if (r.stance == StanceKind::object && r.reason.empty())
        throw Error(ErrorKind::usage, "an objection needs " + option_ref(Option::reason) +
                                          ": say what would make the proposal acceptable");
    const std::string target = stances_path(r.me, r.date);

    // What one more stance can change, rule by rule: its fields (the target);
    // its proposal exists and is not dated after it (the proposal's file); the
    // member is one of its voters: a member on its date (members/<me>.yaml)
    // with a contribution or review in the active window before it (those
    // files of me's), and not the member a removal names (in the proposal).
    // The stances already in the target name other proposals: their files are
    // read too, with their proposers' and removed members' files.
    const Policy policy = read_policy(root);
    const Date from =
        civil_from_days(days_from_civil(*proposed) - policy.governance.active_window_days);
    Scope scope;
    scope.owner = r.me;
    scope.files = {member_path(r.me), *home};
    for (std::string& f : activity_files(root, from, *proposed, r.me))
        scope.files.push_back(std::move(f));
    scope.named_by_target = [&](const Ledger& l, std::vector<std::string>& files) {
        for (const Stance& s : l.stances) {
            const auto path = proposal_path(s.proposal);
            const auto date = parse_proposal_id(s.proposal);
            if (!path || !date || s.proposal == r.proposal) continue;
            files.push_back(*path);
            const Date start =
                civil_from_days(days_from_civil(*date) - policy.governance.active_window_days);
            for (std::string& f : activity_files(root, start, *date, r.me))
                files.push_back(std::move(f));
        }
    };

    const DraftFn draft = [&](const std::optional<std::string>& current, const Ledger&) {
        std::string entry = fmt::format("- proposal: {}\n  date: {}\n  stance: {}\n", r.proposal,
                                        format_date(r.date), stance_name(r.stance));
        if (!r.reason.empty()) entry += fmt::format("  reason: {}\n", yaml_scalar(r.reason));
        const std::string header =
            fmt::format("# yaml-language-server: $schema=../../../schema/stances.schema.json\n"
                        "member: {}\nentries:\n",
                        r.me);
        Draft d;
        d.change = append_entry(current, header, entry);
        d.message = fmt::format("{}: {} {}", stance_name(r.stance), r.me, r.proposal);
        return d;
    };
    const ConfirmFn confirm = [&](const Ledger& after, FileId file) {
        for (const Stance& s : reread_file(after, file).stances)
            if (s.proposal == r.proposal && s.date == r.date && s.stance == r.stance &&
                s.reason == r.reason)
                return true;
        return false;
    };
    return write_change(root, target, scope, draft, confirm, options);
}

} // namespace coop
