// coop propose: a new proposals/<YYYY>/<id>.yaml, written by its proposer.
#include <fmt/format.h>

#include "governance/activity.hpp"
#include "governance/change.hpp"
#include "governance/count.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "model/option.hpp"
#include "read/file_readers.hpp"
#include "util/file_read.hpp"
#include "util/yaml_tree.hpp"
#include "write/governance_entry.hpp"
#include "write/ids.hpp"
#include "write/ledger_facts.hpp"
#include "write/yaml_text.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

bool is_name(std::string_view s) {
    return !s.empty() && s.size() <= proposal_name_max &&
           s.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos;
}

// The id: prop-<yyyymmdd>-<name>, the name from the title unless given; a
// name from the title that is taken gets -2, -3... A given name that is taken
// is refused: the user chose it.
std::string new_id(const fs::path& root, const ProposeRequest& r) {
    if (!r.name.empty() && !is_name(r.name))
        throw Error(ErrorKind::usage,
                    fmt::format("'{}' cannot name a proposal: use 1 to {} of a-z, 0-9 and '-'",
                                r.name, proposal_name_max));
    const std::string base = fmt::format("{}{}-{}", proposal_id_prefix, format_date_compact(r.date),
                                         r.name.empty() ? proposal_slug(r.title) : r.name);
    std::error_code ec;
    for (int n = 1; n < 100; ++n) {
        const std::string id = n == 1 ? base : fmt::format("{}-{}", base, n);
        if (!fs::exists(root / *proposal_path(id), ec)) return id;
        if (!r.name.empty())
            throw Error(ErrorKind::usage,
                        fmt::format("proposal '{}' already exists ({}); choose another {}", id,
                                    *proposal_path(id), option_ref(Option::name)));
    }
    throw Error(ErrorKind::usage, fmt::format("too many proposals named '{}' today", base));
}

// A value typed on the command line as YAML text for coop.yaml: as typed when
// YAML reads it back as that text (or it is a list), quoted when it would not,
// or when coop.yaml quotes the value it replaces (amounts are quoted text).
std::string value_text(const std::string& typed, const YamlNode* now) {
    const bool quoted_now = now && now->type == YamlNode::Type::scalar && !now->plain;
    const auto back = parse_yaml_tree("v: " + typed + "\n");
    const YamlNode* v = back ? back->find("v") : nullptr;
    if (v && !quoted_now && typed.find('\n') == std::string::npos &&
        ((v->type == YamlNode::Type::sequence && v->flow) ||
         (v->type == YamlNode::Type::scalar && v->plain && v->text == typed)))
        return typed;
    return yaml_double_quoted(typed);
}

std::string change_text(const fs::path& root, const ProposeRequest& r) {
    switch (r.kind) {
    case ChangeKind::policy: {
        if (r.settings.empty())
            throw Error(ErrorKind::usage,
                        "a policy proposal needs " + option_ref(Option::policy) + " KEY=VALUE");
        std::string coop;
        read_whole_file(root / "coop.yaml", coop);
        const auto tree = parse_yaml_tree(coop);
        std::string out = "  policy:\n";
        for (const auto& [key, typed] : r.settings) {
            require_utf8(key, option_ref(Option::policy));
            require_utf8(typed, option_ref(Option::policy));
            out += fmt::format("    {}: {}\n", key,
                               value_text(typed, tree ? find_path(*tree, key) : nullptr));
        }
        return out;
    }
    case ChangeKind::roles: {
        std::vector<std::string> roles;
        for (const auto& role : r.roles)
            roles.push_back(yaml_flow_scalar(role));
        return fmt::format("  roles: {{member: {}, roles: [{}]}}\n", r.member,
                           fmt::join(roles, ", "));
    }
    case ChangeKind::remove:
        return fmt::format("  remove: {{member: {}, left: {}}}\n", r.member, format_date(r.left));
    case ChangeKind::waive:
        return fmt::format("  waive: {{commit: {}, rule: {}}}\n", yaml_flow_scalar(r.commit),
                           yaml_flow_scalar(r.rule));
    }
    return {};
}

// A proposal that changes nothing is refused before it is written.
void refuse_no_change(const fs::path& root, const Proposal& p) {
    const auto rel = changed_file(p);
    if (!rel) return;
    std::string text;
    if (read_whole_file(root / *rel, text) != 0) return; // validation names the missing file
    std::string error, difference;
    const auto changed = apply_change(p, text, error);
    if (changed && same_values(text, *changed, text, difference))
        throw Error(ErrorKind::ledger, fmt::format("{} already says so: the proposal would change "
                                                   "nothing",
                                                   *rel));
}

// Voters are counted on the proposal's date, so one that has none then stays
// open for ever: refused, with the way to have a voter.
void refuse_without_voters(const Ledger& l, const Proposal& p) {
    const std::string_view removed = p.kind == ChangeKind::remove ? p.member : "";
    const int window = l.policy.governance.active_window_days;
    if (!voters_on(l, Activity(l), p.date, window, removed).empty()) return;
    throw Error(ErrorKind::ledger,
                fmt::format("this proposal could never pass: no member {}has a contribution or "
                            "review in the {} days up to {}, and it needs a voter's consent; "
                            "log work first (coop log DURATION SUMMARY {}), then propose",
                            removed.empty() ? "" : fmt::format("besides {} ", removed), window,
                            format_date(p.date), option_ref(Option::commit)));
}

} // namespace

Outcome propose(const fs::path& root, const ProposeRequest& r, const WriteOptions& options) {
    require_utf8(r.title, option_ref(Option::title));
    require_utf8(r.reason, option_ref(Option::reason));
    if (r.kind == ChangeKind::roles || r.kind == ChangeKind::remove)
        if (const auto problem = handle_problem(r.member)) throw Error(ErrorKind::usage, *problem);
    for (const auto& role : r.roles)
        require_utf8(role, option_ref(Option::roles));
    require_utf8(r.commit, option_ref(Option::waive));
    require_utf8(r.rule, option_ref(Option::rule));
    const std::string id = new_id(root, r);
    const std::string target = *proposal_path(id);
    const Policy policy = read_policy(root);

    // What a new proposal's rules read: coop.yaml (its values applied there),
    // the members (the proposer's membership, the member a change names), and
    // the contributions and reviews of the active window before its date (its
    // voters, for the warning when it has none). Nothing else names a
    // proposal that does not exist yet.
    Scope scope;
    scope.owner = r.me;
    scope.files = member_files(root);
    const Date from =
        civil_from_days(days_from_civil(r.date) - policy.governance.active_window_days);
    for (std::string& f : activity_files(root, from, r.date))
        scope.files.push_back(std::move(f));

    const DraftFn draft = [&](const std::optional<std::string>& current, const Ledger&) {
        if (current) throw Error(ErrorKind::usage, fmt::format("{} already exists", target));
        std::string text =
            fmt::format("# yaml-language-server: $schema=../../schema/proposal.schema.json\n"
                        "id: {}\nproposer: {}\ndate: {}\ntitle: {}\n",
                        id, r.me, format_date(r.date), yaml_scalar(r.title));
        if (!r.reason.empty()) text += fmt::format("reason: {}\n", yaml_scalar(r.reason));
        text += "change:\n" + change_text(root, r);
        Draft d;
        d.change.text = text;
        d.change.added = text;
        d.message = fmt::format("propose: {}\n\n{}\n", id, r.title);
        d.result = id;
        return d;
    };
    const ConfirmFn confirm = [&](const Ledger& after, FileId) {
        const Proposal* p = after.find_proposal(id);
        if (!p || p->proposer != r.me || p->date != r.date || p->kind != r.kind ||
            p->title != r.title || p->reason != r.reason)
            return false;
        refuse_no_change(root, *p);
        refuse_without_voters(after, *p);
        return true;
    };
    return write_change(root, target, scope, draft, confirm, options);
}

} // namespace coop
