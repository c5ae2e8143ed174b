#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "validate/membership.hpp"
#include "validate/rules.hpp"

namespace coop::rules {

// One e-mail, one member: otherwise a commit's author is ambiguous.
void member_emails_unique(const Ledger& l, Diagnostics& d) {
    std::unordered_map<std::string_view, const Member*> owner;
    for (const Member& m : l.members)
        for (std::string_view e : m.emails) {
            auto [it, fresh] = owner.emplace(e, &m);
            if (!fresh && it->second != &m)
                d.error(l.path(m.file), m.emails_pos.line, m.emails_pos.column,
                        fmt::format("e-mail '{}' also belongs to {}; an address identifies one "
                                    "member",
                                    e, it->second->handle));
        }
}

void contributions_by_members(const Ledger& l, Diagnostics& d) {
    FileId reported_file = ~FileId{0};
    for (const Contribution& c : l.contributions) {
        const Member* m = l.find_member(c.member);
        if (!m) {
            if (c.file != reported_file)
                d.error(l.path(c.file), c.pos.line, c.pos.column,
                        fmt::format("unknown member '{}' (there is no members/{}.yaml)", c.member,
                                    c.member));
            reported_file = c.file;
            continue;
        }
        if (auto problem = membership_problem(l, c.member, c.date, "member"))
            d.error(l.path(c.file), c.date_pos.line, c.date_pos.column, *problem);
    }
}

void connectors_are_members(const Ledger& l, Diagnostics& d) {
    for (const RevenueEntry& e : l.revenue)
        if (!e.connector.empty())
            if (auto problem = membership_problem(l, e.connector, e.date, "connector"))
                d.error(l.path(e.file), e.connector_pos.line, e.connector_pos.column, *problem);
}

} // namespace coop::rules
