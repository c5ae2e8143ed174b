// Making a statement from a payout, and writing it as YAML by hand: every
// value is spelled so that any YAML reader reads it back as the same text.
#include <fmt/format.h>

#include "payout/statement.hpp"
#include "payout/statement_text.hpp"
#include "read/fields.hpp"

namespace coop {

namespace text = statement_text;

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

std::string money(Money m, int digits) {
    return quoted(format_money(m, digits));
}

StatementPolicy policy_of(const Policy& p) {
    StatementPolicy s;
    s.scale_min = p.review.scale_min;
    s.scale_max = p.review.scale_max;
    s.neutral = p.review.neutral;
    s.aggregate = p.review.aggregate;
    s.trim = p.review.trim;
    s.min_reviews = p.review.min_reviews;
    s.unreviewed_factor = p.review.unreviewed_factor;
    s.kinds = p.kinds;
    s.reserve = p.reserve;
    s.connector_share = p.connector_share;
    return s;
}

void write_policy(std::string& out, const StatementPolicy& p) {
    out += "policy:\n  review:\n";
    out += fmt::format("    scale: [{}, {}]\n", p.scale_min, p.scale_max);
    out += fmt::format("    neutral: {}\n", p.neutral);
    out += fmt::format("    aggregate: {}\n", text::aggregate(p.aggregate));
    out += fmt::format("    trim: {}\n", quoted(text::percent(p.trim)));
    out += fmt::format("    min-reviews: {}\n", p.min_reviews);
    out += fmt::format("    unreviewed-factor: {}\n", quoted(text::factor(p.unreviewed_factor)));
    out += "  kinds:\n";
    for (const Kind& k : p.kinds)
        out += fmt::format("    {}: {}\n", text_value(k.name), quoted(text::weight(k.weight)));
    out += fmt::format("  reserve: {}\n", quoted(text::percent(p.reserve)));
    out += fmt::format("  connector-share: {}\n", quoted(text::percent(p.connector_share)));
}

} // namespace

Statement make_statement(const PayoutTable& table, const Policy& policy,
                         std::string computed_from) {
    Statement s;
    s.period = table.period;
    s.currency = policy.currency;
    s.minor_digits = policy.minor_digits;
    s.computed_from = std::move(computed_from);
    s.policy = policy_of(policy);
    for (const Pool& p : table.pools) {
        if (p.folded) continue; // its money is in the general pool
        s.pools.push_back({std::string(p.name), p.income, p.expenses, p.commissions, p.balance,
                           p.reserve, p.distributable, p.deficit, p.points});
    }
    for (const MemberPayout& m : table.members)
        s.members.push_back(
            {std::string(m.handle), m.minutes, m.contributions, m.points, m.commission, m.amount});
    s.totals = table.totals;
    return s;
}

std::string statement_yaml(const Statement& s) {
    const int d = s.minor_digits;
    const std::string period = format_period(s.period);
    std::string out = "# yaml-language-server: $schema=../schema/payout.schema.json\n";
    out += fmt::format("# The payout statement of {}, as coop close writes it. 'coop payout "
                       "--check'\n# recomputes it from the ledger and fails on any difference: "
                       "do not edit it.\n",
                       period);
    out += "coop: 1\n";
    out += fmt::format("period: {}\n", quoted(period));
    out += fmt::format("currency: {}\n", text_value(s.currency));
    if (!s.computed_from.empty())
        out += fmt::format("computed-from: {}\n", quoted(s.computed_from));
    write_policy(out, s.policy);

    out += s.pools.empty() ? "pools: []\n" : "pools:\n";
    for (const StatementPool& p : s.pools) {
        out += fmt::format("  - pool: {}\n", text_value(p.name));
        out += fmt::format("    income: {}\n", money(p.income, d));
        out += fmt::format("    expenses: {}\n", money(p.expenses, d));
        out += fmt::format("    commissions: {}\n", money(p.commissions, d));
        out += fmt::format("    balance: {}\n", money(p.balance, d));
        out += fmt::format("    reserve: {}\n", money(p.reserve, d));
        out += fmt::format("    distributable: {}\n", money(p.distributable, d));
        out += fmt::format("    points: {}\n", quoted(text::points(p.points)));
        out += fmt::format("    deficit: {}\n", money(p.deficit, d));
    }
    out += s.members.empty() ? "members: []\n" : "members:\n";
    for (const StatementMember& m : s.members) {
        out += fmt::format("  - member: {}\n", text_value(m.handle));
        out += fmt::format("    minutes: {}\n", m.minutes);
        out += fmt::format("    contributions: {}\n", m.contributions);
        out += fmt::format("    points: {}\n", quoted(text::points(m.points)));
        out += fmt::format("    commission: {}\n", money(m.commission, d));
        out += fmt::format("    amount: {}\n", money(m.amount, d));
    }
    const PayoutTotals& t = s.totals;
    out += "totals:\n";
    out += fmt::format("  income: {}\n", money(t.income, d));
    out += fmt::format("  expenses: {}\n", money(t.expenses, d));
    out += fmt::format("  commissions: {}\n", money(t.commissions, d));
    out += fmt::format("  reserve: {}\n", money(t.reserve, d));
    out += fmt::format("  paid: {}\n", money(t.paid, d));
    out += fmt::format("  deficit: {}\n", money(t.deficit, d));
    return out;
}

} // namespace coop
