#pragma once
// What the ledger says at a commit, as the audit rules ask it: who the members
// are (e-mails, roles, keys), the policy, and which periods are closed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"

namespace coop::audit {

struct MemberInfo {
    std::string handle;
    std::vector<std::string> emails;
    bool treasurer = false;
    std::vector<std::string> keys;
    std::optional<Date> left;

    bool has_email(std::string_view email) const; // ignoring ASCII case
};

struct MemberSet {
    std::vector<MemberInfo> members; // by handle

    const MemberInfo* by_handle(std::string_view handle) const;
    const MemberInfo* by_email(std::string_view email) const;
};

// A period whose statement payouts/<period>.yaml is in the tree.
struct ClosedPeriod {
    Period period;
    std::string statement; // payouts/<period>.yaml
};

// The closed period that holds `d`, if any.
const ClosedPeriod* closed_at(const std::vector<ClosedPeriod>& closed, Date d);

} // namespace coop::audit
