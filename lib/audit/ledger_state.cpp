#include "audit/ledger_state.hpp"

#include <algorithm>

namespace coop::audit {

namespace {

bool same_email(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

} // namespace

bool MemberInfo::has_email(std::string_view email) const {
    return std::any_of(emails.begin(), emails.end(),
                       [&](const std::string& e) { return same_email(e, email); });
}

const MemberInfo* MemberSet::by_handle(std::string_view handle) const {
    for (const auto& m : members)
        if (m.handle == handle) return &m;
    return nullptr;
}

const MemberInfo* MemberSet::by_email(std::string_view email) const {
    for (const auto& m : members)
        if (m.has_email(email)) return &m;
    return nullptr;
}

const ClosedPeriod* closed_at(const std::vector<ClosedPeriod>& closed, Date d) {
    for (const auto& c : closed)
        if (c.period.contains(d)) return &c;
    return nullptr;
}

} // namespace coop::audit
