// A statement against its recomputation, value by value, each difference an
// error at the statement's place.
#include <map>

#include <fmt/format.h>

#include "payout/statement.hpp"
#include "payout/statement_text.hpp"

namespace coop {

namespace text = statement_text;

namespace {

class Differ {
  public:
    Differ(const Statement& file, const std::string& path, Diagnostics& diags)
        : file_(file), path_(path), diags_(diags) {}

    // The place of the first key that was read, else the top of the file.
    Pos at(std::initializer_list<std::string> keys) const {
        for (const std::string& k : keys)
            if (const auto it = file_.places.find(k); it != file_.places.end()) return it->second;
        return Pos{1, 1};
    }

    void error(Pos pos, std::string message) {
        diags_.error(path_, pos.line, pos.column, std::move(message));
    }

    // "{subject} is {a} in the statement, {b} recomputed", when a and b differ.
    template <typename T, typename Text>
    void value(const std::string& key, std::string_view subject, const T& a, const T& b,
               const Text& spell) {
        if (a == b) return;
        error(at({key}),
              fmt::format("{} is {} in the statement, {} recomputed", subject, spell(a), spell(b)));
    }

    std::string money(Money m) const { return format_money(m, file_.minor_digits); }

  private:
    const Statement& file_;
    const std::string& path_;
    Diagnostics& diags_;
};

template <typename T> std::string as_text(const T& v) {
    return fmt::format("{}", v);
}

// The items of a list by name, to match a statement's lists whatever their order.
template <typename T, typename Name>
std::map<std::string_view, const T*> by_name(const std::vector<T>& items, Name name) {
    std::map<std::string_view, const T*> out;
    for (const T& item : items)
        out.emplace(name(item), &item);
    return out;
}

const auto pool_name = [](const StatementPool& p) -> std::string_view { return p.name; };
const auto member_handle = [](const StatementMember& m) -> std::string_view { return m.handle; };

template <typename T>
const T* find(const std::map<std::string_view, const T*>& index, std::string_view name) {
    const auto it = index.find(name);
    return it == index.end() ? nullptr : it->second;
}

void compare_policy(Differ& d, const StatementPolicy& a, const StatementPolicy& b) {
    const auto same = [](const auto& v) { return as_text(v); };
    d.value("policy.review.scale", "policy review scale",
            fmt::format("[{}, {}]", a.scale_min, a.scale_max),
            fmt::format("[{}, {}]", b.scale_min, b.scale_max), same);
    d.value("policy.review.neutral", "policy review neutral", a.neutral, b.neutral, same);
    d.value("policy.review.aggregate", "policy review aggregate", a.aggregate, b.aggregate,
            text::aggregate);
    d.value("policy.review.trim", "policy review trim", a.trim, b.trim, text::percent);
    d.value("policy.review.min-reviews", "policy review min-reviews", a.min_reviews, b.min_reviews,
            same);
    d.value("policy.review.unreviewed-factor", "policy review unreviewed-factor",
            a.unreviewed_factor, b.unreviewed_factor, text::factor);
    for (const Kind& k : b.kinds) {
        const Kind* found = nullptr;
        for (const Kind& f : a.kinds)
            if (f.name == k.name) found = &f;
        if (!found)
            d.error(d.at({"policy.kinds", "policy"}),
                    fmt::format("policy kind {} (weight {}) is missing from the statement", k.name,
                                text::weight(k.weight)));
        else
            d.value("policy.kinds." + k.name, "policy kind " + k.name + " weight", found->weight,
                    k.weight, text::weight);
    }
    for (const Kind& f : a.kinds) {
        bool known = false;
        for (const Kind& k : b.kinds)
            known = known || k.name == f.name;
        if (!known)
            d.error(d.at({"policy.kinds." + f.name}),
                    fmt::format("policy kind {} is in the statement but not in coop.yaml", f.name));
    }
    d.value("policy.reserve", "policy reserve", a.reserve, b.reserve, text::percent);
    d.value("policy.connector-share", "policy connector-share", a.connector_share,
            b.connector_share, text::percent);
}

void compare_pools(Differ& d, const Statement& file, const Statement& recomputed) {
    const auto money = [&](Money m) { return d.money(m); };
    const auto in_file = by_name(file.pools, pool_name);
    const auto in_recomputed = by_name(recomputed.pools, pool_name);
    for (const StatementPool& r : recomputed.pools) {
        const StatementPool* f = find(in_file, r.name);
        if (!f) {
            d.error(d.at({"pools", "statement"}),
                    fmt::format("pool {} is missing from the statement (recomputed: distributable "
                                "{})",
                                r.name, money(r.distributable)));
            continue;
        }
        const std::string key = "pools." + r.name + ".";
        const std::string subject = "pool " + r.name + " ";
        d.value(key + "income", subject + "income", f->income, r.income, money);
        d.value(key + "expenses", subject + "expenses", f->expenses, r.expenses, money);
        d.value(key + "commissions", subject + "commissions", f->commissions, r.commissions, money);
        d.value(key + "balance", subject + "balance", f->balance, r.balance, money);
        d.value(key + "reserve", subject + "reserve", f->reserve, r.reserve, money);
        d.value(key + "distributable", subject + "distributable", f->distributable, r.distributable,
                money);
        d.value(key + "points", subject + "points", f->points, r.points, text::points);
        d.value(key + "deficit", subject + "deficit", f->deficit, r.deficit, money);
    }
    for (const StatementPool& f : file.pools)
        if (!find(in_recomputed, f.name))
            d.error(d.at({"pools." + f.name}),
                    fmt::format("pool {} is in the statement but not recomputed", f.name));
}

void compare_members(Differ& d, const Statement& file, const Statement& recomputed) {
    const auto money = [&](Money m) { return d.money(m); };
    const auto same = [](const auto& v) { return as_text(v); };
    const auto in_file = by_name(file.members, member_handle);
    const auto in_recomputed = by_name(recomputed.members, member_handle);
    for (const StatementMember& r : recomputed.members) {
        const StatementMember* f = find(in_file, r.handle);
        if (!f) {
            d.error(d.at({"members", "statement"}),
                    fmt::format("member {} is missing from the statement (recomputed: amount {})",
                                r.handle, money(r.amount)));
            continue;
        }
        const std::string key = "members." + r.handle + ".";
        const std::string subject = r.handle + " ";
        d.value(key + "minutes", subject + "minutes", f->minutes, r.minutes, same);
        d.value(key + "contributions", subject + "contributions", f->contributions, r.contributions,
                same);
        d.value(key + "points", subject + "points", f->points, r.points, text::points);
        d.value(key + "commission", subject + "commission", f->commission, r.commission, money);
        d.value(key + "amount", subject + "amount", f->amount, r.amount, money);
    }
    for (const StatementMember& f : file.members)
        if (!find(in_recomputed, f.handle))
            d.error(d.at({"members." + f.handle}),
                    fmt::format("member {} is in the statement but has no work or payout "
                                "recomputed",
                                f.handle));
}

} // namespace

void compare_statement(const Statement& file, const Statement& recomputed, const std::string& path,
                       Diagnostics& diags) {
    Differ d(file, path, diags);
    const auto same = [](const auto& v) { return as_text(v); };
    d.value("period", "period", format_period(file.period), format_period(recomputed.period), same);
    d.value("currency", "currency", file.currency, recomputed.currency, same);
    compare_policy(d, file.policy, recomputed.policy);
    compare_pools(d, file, recomputed);
    compare_members(d, file, recomputed);
    const auto money = [&](Money m) { return d.money(m); };
    const PayoutTotals& a = file.totals;
    const PayoutTotals& b = recomputed.totals;
    d.value("totals.income", "total income", a.income, b.income, money);
    d.value("totals.expenses", "total expenses", a.expenses, b.expenses, money);
    d.value("totals.commissions", "total commissions", a.commissions, b.commissions, money);
    d.value("totals.reserve", "total reserve", a.reserve, b.reserve, money);
    d.value("totals.paid", "total paid", a.paid, b.paid, money);
    d.value("totals.deficit", "total deficit", a.deficit, b.deficit, money);
}

} // namespace coop
