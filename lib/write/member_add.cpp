#include <algorithm>

#include <fmt/format.h>

#include "model/error.hpp"
#include "model/option.hpp"
#include "read/fields.hpp"
#include "write/ids.hpp"
#include "write/ledger_facts.hpp"
#include "write/member_entry.hpp"
#include "write/yaml_text.hpp"

namespace coop {

namespace {

std::string flow_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + yaml_flow_scalar(items[i]);
    return out + "]";
}

} // namespace

std::string member_file_text(const MemberAddRequest& r) {
    return fmt::format(
        "# yaml-language-server: $schema=../schema/member.schema.json\n"
        "handle: {}\nname: {}\nemails: {}\njoined: {}\nleft: null\nroles: {}\nkeys: {}\n",
        r.handle, yaml_scalar(r.name), flow_list(r.emails), format_date(r.joined),
        flow_list(r.roles), flow_list(r.keys));
}

Outcome add_member(const std::filesystem::path& root, const MemberAddRequest& r,
                   const WriteOptions& options) {
    if (const auto problem = handle_problem(r.handle)) throw Error(ErrorKind::usage, *problem);
    require_utf8(r.name, option_ref(Option::name));
    for (const auto& e : r.emails)
        require_utf8(e, option_ref(Option::email));
    // Joining is self-selected; a role is the co-op's to grant (SPEC section 6).
    if (!r.roles.empty())
        throw Error(ErrorKind::usage,
                    fmt::format("a member joins without roles: roles are granted by a passed "
                                "proposal; join without {}, then propose it: coop propose "
                                "{} {}={} {} \"{} as {}\"",
                                option_ref(Option::role), option_ref(Option::roles), r.handle,
                                fmt::join(r.roles, ","), option_ref(Option::title), r.handle,
                                fmt::join(r.roles, " and ")));
    for (const auto& key : r.keys)
        require_utf8(key, option_ref(Option::key));
    const std::string target = member_path(r.handle);
    // A new member can clash with the others only by an e-mail address: all
    // member files are read (nothing else refers to a member who has just
    // joined, and their own fields are the target's).
    Scope scope;
    scope.files = member_files(root);
    scope.owner = r.handle;
    scope.owner_emails = r.emails;

    const DraftFn draft = [&](const std::optional<std::string>& current, const Ledger&) {
        if (current)
            throw Error(ErrorKind::usage,
                        fmt::format("member '{}' already exists ({})", r.handle, target));
        Draft d;
        d.change.text = member_file_text(r);
        d.change.added = d.change.text;
        d.message = fmt::format("member add: {}", r.handle);
        return d;
    };
    const ConfirmFn confirm = [&](const Ledger& after, FileId) {
        const Member* m = after.find_member(r.handle);
        return m && m->name == r.name && m->joined == r.joined && !m->left &&
               std::equal(m->emails.begin(), m->emails.end(), r.emails.begin(), r.emails.end()) &&
               std::equal(m->keys.begin(), m->keys.end(), r.keys.begin(), r.keys.end()) &&
               !m->treasurer && !m->steward;
    };
    return write_change(root, target, scope, draft, confirm, options);
}

} // namespace coop
