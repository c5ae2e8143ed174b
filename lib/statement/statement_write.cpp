// Making a statement from a payout, and writing it as YAML by hand: every
// value is spelled so that any YAML reader reads it back as the same text.
#include <fmt/format.h>

#include "read/fields.hpp"
#include "read/policy_sections.hpp"
#include "statement/record_fields.hpp"
#include "statement/statement.hpp"

namespace coop {

namespace {

bool plain_char(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '-' || ch == '_' || ch == '.';
}

// A double-quoted YAML scalar, escapes included.
std::string quoted(std::string_view s) {
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\')
            out += fmt::format("\\{}", ch);
        else if (c < 0x20 || c == 0x7f)
            out += fmt::format("\\x{:02x}", c);
        else
            out += ch;
    }
    return out + '"';
}

// Plain when YAML reads it back as this very text (not a number, a yes/no or
// nothing), quoted otherwise: `alice`, but `"no"` and `"2026-11"`.
std::string text_value(std::string_view s) {
    const bool simple =
        !s.empty() && ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'));
    bool plain = simple;
    for (const char ch : s)
        plain = plain && plain_char(ch);
    if (plain && classify(Scalar{s, {}, true}) == PlainType::text) return std::string(s);
    return quoted(s);
}

template <typename Record> struct Writer {
    std::string& out;
    int digits;

    // `first` prefixes the first line ("  - " for a list item), `indent` the others.
    void fields(std::span<const Field<Record>> table, const Record& r, std::string_view indent) {
        for (const Field<Record>& f : table) {
            if (!field_written(f, r)) continue;
            const std::string v = field_text(f.type, f.get(r), digits);
            out += fmt::format("{}{}: {}\n", indent, f.key, field_quoted(f.type) ? quoted(v) : v);
        }
    }
};

void write_policy(std::string& out, const Policy& p, int digits) {
    out += "policy:\n";
    for (const PolicySection section : {PolicySection::review, PolicySection::distribution}) {
        out += fmt::format("  {}:\n", section_name(section));
        for (const PolicyItemInfo& i : policy_items)
            if (i.section == section)
                out += fmt::format("    {}: {}\n", i.key, policy_item_yaml(p, i.item, digits));
        if (section != PolicySection::review) continue;
        out += "  kinds:\n";
        for (const Kind& k : p.kinds)
            out += fmt::format("    {}: {}\n", text_value(k.name), quoted(weight_text(k.weight)));
    }
    // A circle's upstream rate (SPEC 8): only a circle's statement has it.
    if (p.distribution.upstream == 0) return;
    out += fmt::format("  {}:\n", section_name(PolicySection::network));
    for (const PolicyItemInfo& i : policy_items)
        if (i.section == PolicySection::network)
            out += fmt::format("    {}: {}\n", i.key, policy_item_yaml(p, i.item, digits));
}

void write_carried(std::string& out, std::string_view key, const Carried& c, int digits) {
    out += fmt::format("{}:\n", key);
    Writer<Carried>{out, digits}.fields(carried_fields, c, "  ");
}

} // namespace

Statement make_statement(const PayoutTable& table, const Policy& policy,
                         std::string computed_from) {
    Statement s;
    s.period = table.period;
    s.currency = policy.currency;
    s.minor_digits = policy.minor_digits;
    s.computed_from = std::move(computed_from);
    s.policy = policy;
    s.table = table;
    std::erase_if(s.table.pools, [](const Pool& p) { return p.folded; }); // in the general pool
    for (MemberPayout& m : s.table.members)
        m.shares.clear();
    s.has_carried_out = true;
    return s;
}

std::string statement_yaml(const Statement& s) {
    const int d = s.minor_digits;
    const PayoutTable& t = s.table;
    const std::string period = format_period(s.period);
    std::string out = "# yaml-language-server: $schema=../schema/payout.schema.json\n";
    out += fmt::format("# The payout statement of {}, as coop close writes it. 'coop payout "
                       "--check'\n# recomputes it from the ledger and fails on any difference: "
                       "do not edit it.\n",
                       period);
    out += fmt::format("coop: {}\n", statement_version);
    out += fmt::format("period: {}\n", quoted(period));
    out += fmt::format("currency: {}\n", text_value(s.currency));
    if (!s.computed_from.empty())
        out += fmt::format("computed-from: {}\n", quoted(s.computed_from));
    write_policy(out, s.policy, d);
    write_carried(out, "carried-in", t.carried_in, d);
    out += t.pools.empty() ? "pools: []\n" : "pools:\n";
    for (const Pool& p : t.pools) {
        out += fmt::format("  - pool: {}\n", text_value(p.name));
        Writer<Pool>{out, d}.fields(pool_fields, p, "    ");
    }
    out += t.members.empty() ? "members: []\n" : "members:\n";
    for (const MemberPayout& m : t.members) {
        out += fmt::format("  - member: {}\n", text_value(m.handle));
        Writer<MemberPayout>{out, d}.fields(member_fields, m, "    ");
    }
    out += "totals:\n";
    Writer<PayoutTotals>{out, d}.fields(totals_fields, t.totals, "  ");
    write_carried(out, "carried-out", t.carried_out, d);
    return out;
}

} // namespace coop
