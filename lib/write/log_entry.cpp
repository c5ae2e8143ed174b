#include "write/log_entry.hpp"

#include <algorithm>
#include <variant>

#include <fmt/format.h>

#include "read/file_readers.hpp"

#include "model/duration.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "model/option.hpp"
#include "write/ids.hpp"
#include "write/ledger_facts.hpp"
#include "write/yaml_text.hpp"

namespace coop {

namespace {

// The canonical spelling of a good duration; what was typed otherwise, for
// the reader to report exactly as `coop validate` would.
std::string time_text(const std::string& typed) {
    const auto parsed = parse_duration(typed);
    if (const auto* minutes = std::get_if<std::int32_t>(&parsed)) return format_duration(*minutes);
    return yaml_scalar(typed);
}

std::string one_line(std::string_view s) {
    std::string out;
    for (char ch : s)
        out += ch == '\n' || ch == '\r' ? ' ' : ch;
    return out;
}

} // namespace

Outcome log_contribution(const std::filesystem::path& root, const LogRequest& r,
                         const WriteOptions& options) {
    require_utf8(r.summary, "the summary");
    require_utf8(r.time, "the duration");
    require_utf8(r.kind, option_ref(Option::kind));
    require_utf8(r.project, option_ref(Option::project));
    for (const auto& ref : r.refs)
        require_utf8(ref, option_ref(Option::ref));
    refuse_closed(root, r.date, "the contribution");

    const std::string target = contributions_path(r.me, r.date);
    // What one more contribution of `me` on `date` can change, rule by rule:
    // - its fields (kind, time, project...) and the file's own rules: the
    //   target file, with coop.yaml for kinds and limits;
    // - membership on its date: members/<me>.yaml;
    // - time per day: all of a member's entries of a day are in this file
    //   (an entry dated in another month's file is an error of its own);
    // - unique ids: the id <me>-<yyyymmdd>-<xxxx> reads back to exactly one
    //   handle and date, so only this file can hold it among contributions;
    //   no revenue id has that form (a handle never starts with 'rev');
    // - reviews refer to contributions, never the other way: a new entry makes
    //   no review valid or invalid.
    Scope scope;
    scope.files = {member_path(r.me)};
    scope.owner = r.me;

    std::string id;
    const DraftFn draft = [&](const std::optional<std::string>& current, const Ledger& now) {
        if (now.policy.kinds.empty())
            throw Error(ErrorKind::ledger, "coop.yaml lists no kinds of contribution");
        const std::string kind = r.kind.empty() ? now.policy.kinds.front().name : r.kind;
        const std::string prefix = contribution_id_prefix(r.me, r.date);
        do // 32^4 suffixes: a clash is rare, and a retry cheap
            id = prefix + random_id_suffix();
        while (now.find_contribution(id) != no_entry);
        std::string entry = fmt::format("- id: {}\n  date: {}\n  time: {}\n  kind: {}\n", id,
                                        format_date(r.date), time_text(r.time), yaml_scalar(kind));
        if (!r.project.empty()) entry += fmt::format("  project: {}\n", yaml_scalar(r.project));
        entry += fmt::format("  summary: {}\n", yaml_scalar(r.summary));
        if (!r.refs.empty()) {
            entry += "  refs:\n";
            for (const auto& ref : r.refs)
                entry += fmt::format("    - {}\n", yaml_scalar(ref));
        }
        const std::string header =
            fmt::format("# yaml-language-server: $schema=../../../schema/contribution.schema.json\n"
                        "member: {}\nentries:\n",
                        r.me);
        Draft d;
        d.change = append_entry(current, header, entry);
        const auto parsed = parse_duration(r.time);
        const auto* minutes = std::get_if<std::int32_t>(&parsed);
        d.message = fmt::format("log: {} {} \"{}\"", r.me,
                                minutes ? format_duration(*minutes) : r.time, one_line(r.summary));
        d.result = id;
        return d;
    };
    const ConfirmFn confirm = [&](const Ledger& after, FileId file) {
        const auto parsed = parse_duration(r.time);
        const auto* minutes = std::get_if<std::int32_t>(&parsed);
        for (const ParsedContribution& c : reread_file(after, file).contributions) {
            if (c.id != id) continue;
            const bool same_refs =
                std::equal(c.refs.begin(), c.refs.end(), r.refs.begin(), r.refs.end());
            return minutes && c.minutes == *minutes && c.date == r.date &&
                   (r.kind.empty() || c.kind == r.kind) && c.project == r.project &&
                   c.summary == r.summary && same_refs;
        }
        return false;
    };
    return write_change(root, target, scope, draft, confirm, options);
}

} // namespace coop
