#pragma once
// Proposals and the members' stances on them (SPEC section 6). There is no
// steward: policy, roles, the removal of a member and waivers of audit
// findings are decided by proposal.
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/pos.hpp"

namespace coop {

enum class ChangeKind { policy, roles, remove, waive };

// One `policy:` setting: a dotted key of coop.yaml and its new value as the
// proposal's YAML writes it (a scalar, or a flow list), so that enacting it
// writes exactly that text.
struct PolicySetting {
    std::string_view key;   // "distribution.reserve"
    std::string_view value; // "12%", "\"10.00\"", "[0, 10]"
    Pos key_pos, value_pos;
};

struct Proposal {
    FileId file = 0;
    std::string_view id; // prop-<yyyymmdd>-<1 to 24 of [a-z0-9-]>
    std::string_view proposer;
    Date date;
    std::string_view title;
    std::string_view reason;
    ChangeKind kind = ChangeKind::policy;
    bool change_ok = false;              // the change was read whole, without errors
    std::vector<PolicySetting> settings; // policy
    std::string_view member;             // roles, remove
    std::vector<std::string_view> roles; // roles: the member's roles after the change
    Date left;                           // remove
    std::string_view commit;             // waive: 7 to 40 hexadecimal digits
    std::string_view rule;               // waive: O1 to O6
    Pos pos, id_pos, proposer_pos, date_pos, change_pos, member_pos, left_pos, roles_pos;
};

enum class StanceKind { consent, object, abstain };

struct Stance {
    FileId file = 0;
    std::string_view member; // the file's owner
    std::string_view proposal;
    Date date;
    StanceKind stance = StanceKind::consent;
    std::string_view reason;
    Pos pos, proposal_pos, date_pos, stance_pos;
};

std::string_view change_kind_name(ChangeKind k); // policy, roles, remove, waive
std::string_view stance_name(StanceKind k);      // consent, object, abstain

} // namespace coop
