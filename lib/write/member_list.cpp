#include "read/partial_reader.hpp"
#include "write/ledger_facts.hpp"
#include "write/member_entry.hpp"

namespace coop {

std::string_view status_name(MemberStatus s) {
    switch (s) {
    case MemberStatus::active:
        return "active";
    case MemberStatus::left:
        return "left";
    case MemberStatus::not_yet_joined:
        return "not yet joined";
    }
    return "active";
}

std::vector<MemberRow> list_members(const std::filesystem::path& root, Date today,
                                    Diagnostics& diags) {
    PartialRead what;
    what.files = member_files(root);
    const Ledger l = read_partial_ledger(root, what, diags);
    std::vector<MemberRow> rows;
    for (const Member& m : l.members) {
        MemberRow row;
        row.handle = m.handle;
        row.name = m.name;
        row.joined = m.joined;
        row.left = m.left;
        row.status = today < m.joined            ? MemberStatus::not_yet_joined
                     : m.left && today > *m.left ? MemberStatus::left
                                                 : MemberStatus::active;
        if (m.treasurer) row.roles.emplace_back("treasurer");
        if (m.steward) row.roles.emplace_back("steward");
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace coop
