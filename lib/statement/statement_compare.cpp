// A statement against its recomputation, value by value through the field
// tables, each difference an error at the statement's place.
#include <map>

#include <fmt/format.h>

#include "read/policy_sections.hpp"
#include "statement/record_fields.hpp"
#include "statement/statement.hpp"

namespace coop {

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

    // "{subject} is {a} in the statement, {b} recomputed", when they differ.
    void text(const std::string& key, std::string_view subject, const std::string& a,
              const std::string& b) {
        if (a != b)
            error(at({key}),
                  fmt::format("{} is {} in the statement, {} recomputed", subject, a, b));
    }

    // Every field of one record; `key` is its dotted prefix ("pools.general").
    template <typename R>
    void record(std::span<const Field<R>> fields, const std::string& key, std::string_view subject,
                const R& a, const R& b) {
        for (const Field<R>& f : fields) {
            if (!(f.use & in_json)) continue;
            const std::string k = key + "." + std::string(f.key);
            int128 va = 0;
            if (f.set) {
                va = f.get(a);
            } else if (const auto it = file_.derived.find(k); it != file_.derived.end()) {
                va = it->second;
            } else {
                continue; // not read: the reader said why
            }
            text(k, fmt::format("{} {}", subject, f.key),
                 field_text(f.type, va, file_.minor_digits),
                 field_text(f.type, f.get(b), file_.minor_digits));
        }
    }

    std::string money(Money m) const { return format_money(m, file_.minor_digits); }

  private:
    const Statement& file_;
    const std::string& path_;
    Diagnostics& diags_;
};

template <typename T, typename Name>
std::map<std::string_view, const T*> by_name(const std::vector<T>& items, Name name) {
    std::map<std::string_view, const T*> out;
    for (const T& item : items)
        out.emplace(name(item), &item);
    return out;
}

template <typename T>
const T* find(const std::map<std::string_view, const T*>& index, std::string_view name) {
    const auto it = index.find(name);
    return it == index.end() ? nullptr : it->second;
}

void compare_policy(Differ& d, const Statement& file, const Policy& a, const Policy& b) {
    for (const PolicyItemInfo& i : policy_items) {
        const std::string section(section_name(i.section));
        // v1 kept reserve and connector-share at the top of its policy.
        const std::string key = file.version < 2 && i.section == PolicySection::distribution
                                    ? "policy." + std::string(i.key)
                                    : "policy." + section + "." + std::string(i.key);
        d.text(key, fmt::format("policy {} {}", section, i.key),
               policy_item_text(a, i.item, file.minor_digits),
               policy_item_text(b, i.item, file.minor_digits));
    }
    for (const Kind& k : b.kinds) {
        const Kind* found = a.find_kind(k.name);
        if (!found)
            d.error(d.at({"policy.kinds", "policy"}),
                    fmt::format("policy kind {} (weight {}) is missing from the statement", k.name,
                                weight_text(k.weight)));
        else
            d.text("policy.kinds." + k.name, "policy kind " + k.name + " weight",
                   weight_text(found->weight), weight_text(k.weight));
    }
    for (const Kind& f : a.kinds)
        if (!b.find_kind(f.name))
            d.error(d.at({"policy.kinds." + f.name}),
                    fmt::format("policy kind {} is in the statement but not recomputed", f.name));
}

void compare_pools(Differ& d, const Statement& file, const Statement& recomputed) {
    const auto name = [](const Pool& p) -> std::string_view { return p.name; };
    const auto in_file = by_name(file.table.pools, name);
    const auto in_recomputed = by_name(recomputed.table.pools, name);
    const auto fields = fields_of<Pool>(file.version);
    for (const Pool& r : recomputed.table.pools) {
        const Pool* f = find(in_file, r.name);
        if (!f)
            d.error(d.at({"pools", "statement"}),
                    fmt::format("pool {} is missing from the statement (recomputed: distributable "
                                "{})",
                                r.name, d.money(r.distributable)));
        else
            d.record<Pool>(fields, "pools." + r.name, "pool " + r.name, *f, r);
    }
    for (const Pool& f : file.table.pools)
        if (!find(in_recomputed, f.name))
            d.error(d.at({"pools." + f.name}),
                    fmt::format("pool {} is in the statement but not recomputed", f.name));
}

void compare_members(Differ& d, const Statement& file, const Statement& recomputed) {
    const auto handle = [](const MemberPayout& m) -> std::string_view { return m.handle; };
    const auto in_file = by_name(file.table.members, handle);
    const auto in_recomputed = by_name(recomputed.table.members, handle);
    const auto fields = fields_of<MemberPayout>(file.version);
    for (const MemberPayout& r : recomputed.table.members) {
        const MemberPayout* f = find(in_file, r.handle);
        if (!f)
            d.error(d.at({"members", "statement"}),
                    fmt::format("member {} is missing from the statement (recomputed: earned {}, "
                                "paid {})",
                                r.handle, d.money(r.earned), d.money(r.paid)));
        else
            d.record<MemberPayout>(fields, "members." + r.handle, r.handle, *f, r);
    }
    for (const MemberPayout& f : file.table.members)
        if (!find(in_recomputed, f.handle))
            d.error(d.at({"members." + f.handle}),
                    fmt::format("member {} is in the statement but not in the recomputed payout",
                                f.handle));
}

} // namespace

void compare_statement(const Statement& file, const Statement& recomputed, const std::string& path,
                       Diagnostics& diags) {
    Differ d(file, path, diags);
    d.text("period", "period", format_period(file.period), format_period(recomputed.period));
    d.text("currency", "currency", file.currency, recomputed.currency);
    compare_policy(d, file, file.policy, recomputed.policy);
    const bool v2 = file.version >= 2;
    if (v2)
        d.record<Carried>(carried_fields, "carried-in", "carried-in", file.table.carried_in,
                          recomputed.table.carried_in);
    compare_pools(d, file, recomputed);
    compare_members(d, file, recomputed);
    d.record<PayoutTotals>(fields_of<PayoutTotals>(file.version), "totals", "total",
                           file.table.totals, recomputed.table.totals);
    if (v2)
        d.record<Carried>(carried_fields, "carried-out", "carried-out", file.table.carried_out,
                          recomputed.table.carried_out);
}

} // namespace coop
