// coop payout as a terminal table, Markdown and CSV: the same report, laid
// out three ways.
#include <fmt/format.h>

#include "model/duration.hpp"
#include "number_text.hpp"
#include "payout_output.hpp"
#include "table_output.hpp"

namespace coop::cli {

namespace {

struct Report {
    std::string title;
    std::string what_if; // empty unless the period is not of the co-op's cadence
    Table members;
    Table pools;
    std::vector<std::string> notes;          // folded pools, pools without points, deficits
    std::vector<std::string> reconciliation; // the last lines
};

int128 total_points(const PayoutTable& t) {
    int128 sum = 0;
    for (const MemberPayout& m : t.members)
        sum += m.points;
    return sum;
}

Table member_table(const PayoutTable& t, const Policy& policy) {
    const auto money = [&](Money m) { return format_money(m, policy.minor_digits); };
    Table out;
    out.columns = {{"member"},
                   {"time", Align::right},
                   {"contributions", Align::right},
                   {"points", Align::right},
                   {"share", Align::right},
                   {"commission", Align::right},
                   {"amount", Align::right}};
    const int128 points = total_points(t);
    std::int64_t minutes = 0, contributions = 0;
    for (const MemberPayout& m : t.members) {
        out.rows.push_back({std::string(m.handle), format_duration(m.minutes),
                            std::to_string(m.contributions), points_text(m.points),
                            percent_text(m.points, points), money(m.commission), money(m.amount)});
        minutes += m.minutes;
        contributions += m.contributions;
    }
    out.footer.push_back({"total", format_duration(minutes), std::to_string(contributions),
                          points_text(points), percent_text(points, points),
                          money(t.totals.commissions), money(t.totals.paid)});
    return out;
}

Table pool_table(const PayoutTable& t, const Policy& policy) {
    const auto money = [&](Money m) { return format_money(m, policy.minor_digits); };
    Table out;
    out.columns = {{"pool"},
                   {"income", Align::right},
                   {"expenses", Align::right},
                   {"commissions", Align::right},
                   {"balance", Align::right},
                   {"reserve", Align::right},
                   {"distributable", Align::right},
                   {"deficit", Align::right}};
    Money balance, distributable;
    for (const Pool& p : t.pools) {
        if (p.folded) continue; // in the general pool's numbers
        out.rows.push_back({std::string(p.name), money(p.income), money(p.expenses),
                            money(p.commissions), money(p.balance), money(p.reserve),
                            money(p.distributable), money(p.deficit)});
        balance.minor += p.balance.minor;
        distributable.minor += p.distributable.minor;
    }
    const PayoutTotals& s = t.totals;
    out.footer.push_back({"total", money(s.income), money(s.expenses), money(s.commissions),
                          money(balance), money(s.reserve), money(distributable),
                          money(s.deficit)});
    return out;
}

std::vector<std::string> pool_notes(const PayoutTable& t, const Policy& policy) {
    const auto money = [&](Money m) { return format_money(m, policy.minor_digits); };
    const std::string period = format_period(t.period);
    std::vector<std::string> out;
    for (const Pool& p : t.pools) // first: they explain the general pool's numbers
        if (p.folded)
            out.push_back(fmt::format("{}: no work in {}, so its income {}, expenses {} and "
                                      "commissions {} are counted in {}",
                                      p.name, period, money(p.income), money(p.expenses),
                                      money(p.commissions), general_pool_name));
    for (const Pool& p : t.pools) {
        if (p.folded) continue;
        if (p.deficit.minor > 0)
            out.push_back(fmt::format("{}: expenses and commissions exceed income by {}, so it "
                                      "pays nothing out",
                                      p.name, money(p.deficit)));
        else if (p.points == 0 && p.balance.minor > 0)
            out.push_back(fmt::format("{}: no points to share it by, so all of its balance is "
                                      "kept as reserve",
                                      p.name));
    }
    return out;
}

std::vector<std::string> reconciliation(const PayoutTable& t, const Policy& policy) {
    const auto money = [&](std::int64_t minor) {
        return format_money(Money{minor}, policy.minor_digits);
    };
    const PayoutTotals& s = t.totals;
    const std::int64_t left = s.paid.minor + s.reserve.minor;
    const std::int64_t right = s.income.minor - s.expenses.minor + s.deficit.minor;
    std::string sources =
        fmt::format("income {} - expenses {}", money(s.income.minor), money(s.expenses.minor));
    if (s.deficit.minor != 0) sources += fmt::format(" + deficit {}", money(s.deficit.minor));
    std::vector<std::string> out;
    out.push_back(fmt::format("paid {} = shares {} + commissions {}", money(s.paid.minor),
                              money(s.paid.minor - s.commissions.minor),
                              money(s.commissions.minor)));
    if (left == right)
        out.push_back(fmt::format("check: paid {} + reserve {} = {} = {}", money(s.paid.minor),
                                  money(s.reserve.minor), money(left), sources));
    else
        out.push_back(fmt::format("check FAILED: paid {} + reserve {} = {}, but {} = {}",
                                  money(s.paid.minor), money(s.reserve.minor), money(left), sources,
                                  money(right)));
    return out;
}

Report report_of(const PayoutTable& t, const Policy& policy) {
    Report r;
    const std::string period = format_period(t.period);
    r.title = fmt::format("{}: payout for {} ({})", policy.name, period, policy.currency);
    if (t.period.cadence != policy.period)
        r.what_if = fmt::format("{} is a what-if view: the co-op pays out {}", period,
                                policy.period == Cadence::monthly ? "monthly" : "quarterly");
    r.members = member_table(t, policy);
    r.pools = pool_table(t, policy);
    r.notes = pool_notes(t, policy);
    r.reconciliation = reconciliation(t, policy);
    return r;
}

} // namespace

bool payout_reconciles(const PayoutTable& t) {
    const PayoutTotals& s = t.totals;
    return s.paid.minor + s.reserve.minor == s.income.minor - s.expenses.minor + s.deficit.minor;
}

std::string payout_text(const PayoutTable& table, const Policy& policy, bool color) {
    const Report r = report_of(table, policy);
    std::string out = color ? "\033[1m" + r.title + "\033[0m\n" : r.title + "\n";
    if (!r.what_if.empty()) out += r.what_if + "\n";
    out += "\n" + render_text(r.members, color) + "\n" + render_text(r.pools, color);
    for (const std::string& note : r.notes)
        out += note + "\n";
    out += "\n";
    for (const std::string& line : r.reconciliation)
        out += line + "\n";
    return out;
}

std::string payout_markdown(const PayoutTable& table, const Policy& policy) {
    const Report r = report_of(table, policy);
    std::string out = "## " + r.title + "\n\n";
    if (!r.what_if.empty()) out += r.what_if + ".\n\n";
    out += render_markdown(r.members) + "\n### Pools\n\n" + render_markdown(r.pools) + "\n";
    for (const std::string& note : r.notes)
        out += "- " + note + "\n";
    if (!r.notes.empty()) out += "\n";
    for (const std::string& line : r.reconciliation)
        out += line + "\n\n";
    out.pop_back();
    return out;
}

std::string payout_csv(const PayoutTable& t, const Policy& policy) {
    const auto money = [&](Money m) { return format_money(m, policy.minor_digits); };
    Table out;
    for (const char* h :
         {"member", "minutes", "contributions", "points", "share_percent", "commission", "amount"})
        out.columns.push_back({h});
    const int128 points = total_points(t);
    for (const MemberPayout& m : t.members) {
        std::string share = points == 0 ? "" : percent_text(m.points, points);
        if (!share.empty()) share.pop_back(); // the '%': the header says it
        out.rows.push_back({std::string(m.handle), std::to_string(m.minutes),
                            std::to_string(m.contributions), points_text(m.points), share,
                            money(m.commission), money(m.amount)});
    }
    return render_csv(out);
}

} // namespace coop::cli
