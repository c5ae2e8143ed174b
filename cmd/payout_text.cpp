// coop payout as a terminal table, Markdown and CSV: the same report, laid
// out three ways, its columns those of the field tables.
#include <fmt/format.h>

#include "payout_output.hpp"
#include "read/policy_sections.hpp"
#include "statement/record_fields.hpp"
#include "table_output.hpp"

namespace coop::cli {

namespace {

struct Report {
    std::string title;
    std::vector<std::string> header; // what-if, closed, carried in
    Table members;
    Table pools;
    std::vector<std::string> notes;          // folded pools, deficits, losses, balances carried
    std::vector<std::string> reconciliation; // the last lines
};

// One row per record, one column per field shown in the table, and their sums under them.
template <typename R, typename Name>
Table table_of(std::span<const Field<R>> fields, const std::vector<const R*>& rows,
               std::string_view name_key, Name name, int digits) {
    std::vector<const Field<R>*> shown;
    for (const Field<R>& f : fields) {
        if (!(f.use & in_table)) continue;
        const bool any =
            std::any_of(rows.begin(), rows.end(), [&](const R* r) { return f.get(*r) != 0; });
        if ((f.use & (table_if_nonzero | nonzero_only)) && !any) continue;
        shown.push_back(&f);
    }
    Table t;
    t.columns.push_back({std::string(name_key)});
    for (const Field<R>* f : shown)
        t.columns.push_back({std::string(f->title()), Align::right});
    Row total{"total"};
    for (const Field<R>* f : shown) {
        int128 sum = 0;
        for (const R* r : rows)
            sum += f->get(*r);
        total.push_back(field_table_text(f->type, sum, digits));
    }
    for (const R* r : rows) {
        Row row{std::string(name(*r))};
        for (const Field<R>* f : shown)
            row.push_back(field_table_text(f->type, f->get(*r), digits));
        t.rows.push_back(std::move(row));
    }
    t.footer.push_back(std::move(total));
    return t;
}

Table member_table(const PayoutTable& t, int digits) {
    std::vector<const MemberPayout*> rows;
    for (const MemberPayout& m : t.members)
        rows.push_back(&m);
    return table_of<MemberPayout>(
        member_fields, rows, "member",
        [](const MemberPayout& m) -> std::string_view { return m.handle; }, digits);
}

Table pool_table(const PayoutTable& t, int digits) {
    std::vector<const Pool*> rows;
    for (const Pool& p : t.pools)
        if (!p.folded) rows.push_back(&p); // in the general pool's numbers
    return table_of<Pool>(
        pool_fields, rows, "pool", [](const Pool& p) -> std::string_view { return p.name; },
        digits);
}

std::string next_period_name(const Period& p) {
    const Date after = civil_from_days(days_from_civil(p.last_day()) + 1);
    return format_period(period_of(after, p.cadence));
}

std::vector<std::string> notes_of(const PeriodPayout& pp) {
    const PayoutTable& t = pp.table;
    const int d = pp.policy.minor_digits;
    const auto money = [&](Money m) { return format_money(m, d); };
    const std::string period = format_period(t.period);
    std::vector<std::string> out;
    for (const Pool& p : t.pools) // first: they explain the general pool's numbers
        if (p.folded)
            out.push_back(fmt::format("{}: no work in {}, so its income {}, expenses {} and "
                                      "commissions {} are counted in {}",
                                      p.name, period, money(p.income), money(p.expenses),
                                      money(p.commissions), general_pool_name));
    if (t.totals.upstream.minor > 0 || pp.policy.distribution.upstream > 0)
        out.push_back(fmt::format("{}: its expenses include the upstream {} to the global "
                                  "network ({} of income {} net of commissions {})",
                                  general_pool_name, money(t.totals.upstream),
                                  policy_item_text(pp.policy, PolicyItem::upstream, d),
                                  money(t.totals.income), money(t.totals.commissions)));
    if (t.carried_in.deficit.minor > 0)
        out.push_back(fmt::format("{}: the deficit {} carried in is charged to it",
                                  general_pool_name, money(t.carried_in.deficit)));
    for (const Pool& p : t.pools) {
        if (p.folded) continue;
        if (p.deficit_shared.minor < 0 && t.totals.loss == t.totals.deficits)
            out.push_back(fmt::format("{}: its deficit {} has no pool with a positive balance to "
                                      "bear it",
                                      p.name, money(Money{-p.deficit_shared.minor})));
        else if (p.deficit_shared.minor < 0)
            out.push_back(fmt::format("{}: its deficit {} is borne by the pools with a positive "
                                      "balance{}",
                                      p.name, money(Money{-p.deficit_shared.minor}),
                                      t.totals.loss.minor > 0 ? ", as far as they can" : ""));
        else if (p.points == 0 && p.balance.minor > 0)
            out.push_back(fmt::format("{}: no points to share it by, so all of its balance is "
                                      "kept as reserve",
                                      p.name));
    }
    const PayoutTotals& s = t.totals;
    if (s.loss.minor > 0)
        out.push_back(fmt::format(
            "loss {}: the reserve carried in covers {}{}", money(s.loss), money(s.covered),
            t.carried_out.deficit.minor > 0
                ? fmt::format(", and the deficit {} is carried out to {}'s "
                              "general pool",
                              money(t.carried_out.deficit), next_period_name(t.period))
                : std::string()));
    std::vector<std::string> waiting, leavers;
    for (const MemberPayout& m : t.members) {
        if (m.balance_out.minor > 0) waiting.push_back(m.handle + " " + money(m.balance_out));
        if (m.left && m.paid.minor > 0 && m.balance < pp.policy.distribution.minimum_payout)
            leavers.push_back(m.handle);
    }
    if (!waiting.empty())
        out.push_back(fmt::format("owed less than the minimum payout {}, carried forward: {}",
                                  money(pp.policy.distribution.minimum_payout),
                                  fmt::join(waiting, ", ")));
    if (!leavers.empty())
        out.push_back(fmt::format("left the co-op, so paid all they are owed, under the minimum "
                                  "payout: {}",
                                  fmt::join(leavers, ", ")));
    return out;
}

// "name: left = right = value" ("name: left = value" without a right), or
// where it fails, both values.
std::string identity(std::string_view name, const std::string& left, Money lv,
                     const std::string& right, Money rv, int d) {
    if (lv == rv && right.empty())
        return fmt::format("{}: {} = {}", name, left, format_money(lv, d));
    if (lv == rv) return fmt::format("{}: {} = {} = {}", name, left, right, format_money(lv, d));
    return fmt::format("{} FAILED: {} = {}, but {} = {}", name, left, format_money(lv, d), right,
                       format_money(rv, d));
}

// The three identities of SPEC 3, terms that are 0 left out where they may be.
std::vector<std::string> reconciliation(const PayoutTable& t, int d) {
    const auto money = [&](Money m) { return format_money(m, d); };
    const auto term = [&](std::string_view sign, std::string_view what, Money m) {
        return m.minor == 0 ? std::string() : fmt::format(" {} {} {}", sign, what, money(m));
    };
    const Reconciliation& r = t.reconciliation;
    const PayoutTotals& s = t.totals;
    std::vector<std::string> out;
    out.push_back(identity(
        "check", fmt::format("income {} - expenses {}", money(s.income), money(s.expenses)),
        r.period_left,
        fmt::format("earned {} + reserve {}", money(s.earned), money(s.reserve)) +
            term("-", "covered", s.covered) + term("-", "deficit out", t.carried_out.deficit) +
            term("+", "deficit in", t.carried_in.deficit),
        r.period_right, d));
    out.push_back(
        identity("balances carried out",
                 fmt::format("carried in {} + earned {} - paid {}", money(t.carried_in.balances),
                             money(s.earned), money(s.paid)),
                 r.balances_right, r.balances_left == r.balances_right ? "" : "the members'",
                 r.balances_left, d));
    out.push_back(identity(fmt::format("cash after {}", format_period(t.period)),
                           "income - expenses - paid so far", r.cash,
                           fmt::format("reserve {} + balances {}", money(t.carried_out.reserve),
                                       money(t.carried_out.balances)) +
                               term("-", "deficit", t.carried_out.deficit),
                           r.cash_right, d));
    return out;
}

Report report_of(const PeriodPayout& pp) {
    const PayoutTable& t = pp.table;
    const Policy& policy = pp.policy;
    const int d = policy.minor_digits;
    const auto money = [&](Money m) { return format_money(m, d); };
    Report r;
    const std::string period = format_period(t.period);
    r.title = fmt::format("{}: payout for {} ({})", policy.name, period, policy.currency);
    if (t.period.cadence != policy.period)
        r.header.push_back(
            fmt::format("{} is a what-if view: the co-op pays out {}", period,
                        policy.period == Cadence::monthly ? "monthly" : "quarterly"));
    if (pp.statement)
        r.header.push_back(fmt::format("closed: payouts/{}.yaml, computed under the policy it "
                                       "records",
                                       period));
    r.header.push_back(fmt::format("carried in: reserve {}, deficit {}, balances {}",
                                   money(t.carried_in.reserve), money(t.carried_in.deficit),
                                   money(t.carried_in.balances)));
    r.members = member_table(t, d);
    r.pools = pool_table(t, d);
    r.notes = notes_of(pp);
    r.reconciliation = reconciliation(t, d);
    r.reconciliation.push_back(fmt::format(
        "carried out: reserve {}, deficit {}, balances {}", money(t.carried_out.reserve),
        money(t.carried_out.deficit), money(t.carried_out.balances)));
    return r;
}

} // namespace

std::string payout_text(const PeriodPayout& payout, bool color) {
    const Report r = report_of(payout);
    std::string out = color ? "\033[1m" + r.title + "\033[0m\n" : r.title + "\n";
    for (const std::string& line : r.header)
        out += line + "\n";
    out += "\n" + render_text(r.members, color) + "\n" + render_text(r.pools, color);
    for (const std::string& note : r.notes)
        out += note + "\n";
    out += "\n";
    for (const std::string& line : r.reconciliation)
        out += line + "\n";
    return out;
}

std::string payout_markdown(const PeriodPayout& payout) {
    const Report r = report_of(payout);
    std::string out = "## " + r.title + "\n\n";
    for (const std::string& line : r.header)
        out += line + ".\n\n";
    out += render_markdown(r.members) + "\n### Pools\n\n" + render_markdown(r.pools) + "\n";
    for (const std::string& note : r.notes)
        out += "- " + note + "\n";
    if (!r.notes.empty()) out += "\n";
    for (const std::string& line : r.reconciliation)
        out += line + "\n\n";
    out.pop_back();
    return out;
}

// The table's blocks as CSV, exact, each with its header and the period first,
// an empty line between them: members, pools, carried in and out, and the
// three identities. The members come first, so a reader that stops at the
// first empty line gets them alone.
namespace {

template <typename R, typename Name>
Table csv_block(std::span<const Field<R>> fields, const std::vector<const R*>& rows,
                std::string_view name_key, Name name, const std::string& period, int digits) {
    Table out;
    out.columns = {{"period"}, {std::string(name_key)}};
    std::vector<const Field<R>*> shown;
    for (const Field<R>& f : fields) {
        if (!(f.use & in_csv)) continue;
        if ((f.use & nonzero_only) &&
            std::none_of(rows.begin(), rows.end(), [&](const R* r) { return f.get(*r) != 0; }))
            continue;
        shown.push_back(&f);
        out.columns.push_back({std::string(f.key)});
    }
    for (const R* r : rows) {
        Row row{period, std::string(name(*r))};
        for (const Field<R>* f : shown)
            row.push_back(field_text(f->type, f->get(*r), digits));
        out.rows.push_back(std::move(row));
    }
    return out;
}

Table csv_reconciliation(const PayoutTable& t, const std::string& period, int d) {
    const Reconciliation& r = t.reconciliation;
    const auto money = [&](Money m) { return format_money(m, d); };
    Table out;
    out.columns = {{"period"}, {"identity"}, {"left"}, {"right"}, {"holds"}};
    const auto add = [&](std::string_view what, Money left, Money right) {
        out.rows.push_back(
            {period, std::string(what), money(left), money(right), left == right ? "yes" : "no"});
    };
    add("income-expenses", r.period_left, r.period_right);
    add("balances-out", r.balances_left, r.balances_right);
    add("cash", r.cash, r.cash_right);
    return out;
}

} // namespace

std::string payout_csv(const PeriodPayout& payout) {
    const PayoutTable& t = payout.table;
    const int d = payout.policy.minor_digits;
    const std::string period = format_period(t.period);
    std::vector<const MemberPayout*> members;
    for (const MemberPayout& m : t.members)
        members.push_back(&m);
    std::vector<const Pool*> pools;
    for (const Pool& p : t.pools)
        if (!p.folded) pools.push_back(&p);
    const Carried* carried_in = &t.carried_in;
    const Carried* carried_out = &t.carried_out;
    const std::vector<const Carried*> carried{carried_in, carried_out};
    return render_csv(csv_block<MemberPayout>(
               member_fields, members, "member",
               [](const MemberPayout& m) -> std::string_view { return m.handle; }, period, d)) +
           "\n" +
           render_csv(csv_block<Pool>(
               pool_fields, pools, "pool", [](const Pool& p) -> std::string_view { return p.name; },
               period, d)) +
           "\n" +
           render_csv(csv_block<Carried>(
               carried_fields, carried, "carried",
               [&](const Carried& c) -> std::string_view {
                   return &c == carried_in ? "in" : "out";
               },
               period, d)) +
           "\n" + render_csv(csv_reconciliation(t, period, d));
}

} // namespace coop::cli
