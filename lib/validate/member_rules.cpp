#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "model/layout.hpp"
#include "validate/ledger_rules.hpp"
#include "validate/membership.hpp"

namespace coop {

// One e-mail, one member: otherwise a commit's author is ambiguous.
void member_emails_unique(const Ledger& l, Diagnostics& d) {
    std::unordered_map<std::string_view, const Member*> owner;
    for (const Member& m : l.members)
        for (std::size_t i = 0; i < m.emails.size(); ++i) {
            const std::string_view e = m.emails[i];
            auto [it, fresh] = owner.emplace(e, &m);
            if (!fresh && it->second != &m)
                d.error(l.path(m.file), m.email_pos[i].line, m.email_pos[i].column,
                        fmt::format("e-mail '{}' also belongs to {}; an address identifies one "
                                    "member",
                                    e, it->second->handle));
        }
}

// Reported once per file, at its `member:`, `reviewer:` or `treasurer:`,
// however many entries it holds.
void files_owned_by_members(const Ledger& l, Diagnostics& d) {
    for (const OwnedFile& f : l.owned_files) {
        const std::string_view owner = l.name(f.owner);
        const FileKind kind = classify_path(l.path(f.file)).kind;
        const std::string_view role = kind == FileKind::reviews   ? "reviewer"
                                      : kind == FileKind::revenue ? "treasurer"
                                                                  : "member";
        const Member* m = l.find_member(owner);
        if (!m)
            d.error(
                l.path(f.file), f.owner_pos.line, f.owner_pos.column,
                fmt::format("unknown {} '{}' (there is no {})", role, owner, member_path(owner)));
        else if (kind == FileKind::revenue && !m->treasurer)
            d.error(l.path(f.file), f.owner_pos.line, f.owner_pos.column,
                    fmt::format("{} is not a treasurer ({} has no role treasurer); only "
                                "treasurers book revenue and expenses",
                                owner, member_path(owner)));
    }
}

void contributions_by_members(const Ledger& l, EntryPlaces& at, Diagnostics& d) {
    for (std::uint32_t i = 0; i < l.contributions.size(); ++i) {
        const Contribution& c = l.contributions[i];
        if (l.find_member(c.member))
            if (auto problem = membership_problem(l, l.name(c.member), c.date, "member")) {
                const Pos p = at.contribution(i, ContributionField::date);
                d.error(l.path(c.file), p.line, p.column, *problem);
            }
    }
}

void connectors_are_members(const Ledger& l, Diagnostics& d) {
    for (const RevenueEntry& e : l.revenue)
        if (!e.connector.empty())
            if (auto problem = membership_problem(l, e.connector, e.date, "connector"))
                d.error(l.path(e.file), e.connector_pos.line, e.connector_pos.column, *problem);
}

void circle_connectors_are_members(const Ledger& l, Diagnostics& d) {
    // A circle's connectors answer for it to the global network: its members.
    for (const Circle& c : l.policy.network.circles)
        for (std::size_t i = 0; i < c.connectors.size(); ++i)
            if (!l.find_member(c.connectors[i]))
                d.error("coop.yaml", c.connector_pos[i].line, c.connector_pos[i].column,
                        fmt::format("unknown connector '{}' of circle {} (there is no "
                                    "members/{}.yaml); a circle is run by members of the "
                                    "global network",
                                    c.connectors[i], c.name, c.connectors[i]));
}

} // namespace coop
