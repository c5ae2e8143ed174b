#include <fmt/format.h>

#include "payout_output.hpp"
#include "statement/record_fields.hpp"
#include "util/json.hpp"

namespace coop::cli {

namespace {

// {"key": value, ...} of one record's JSON fields, after `lead` (its name).
template <typename R>
std::string object(std::span<const Field<R>> fields, const R& r, int digits,
                   std::string lead = {}) {
    std::string out = "{" + lead;
    for (const Field<R>& f : fields) {
        if (!field_written(f, r)) continue;
        const std::string v = field_text(f.type, f.get(r), digits);
        if (out.size() > 1) out += ", ";
        out += fmt::format("{}: {}", json_string(f.key), field_quoted(f.type) ? json_string(v) : v);
    }
    return out + "}";
}

template <typename R, typename Name>
std::string list(std::span<const Field<R>> fields, const std::vector<R>& items, int digits,
                 std::string_view name_key, Name name) {
    std::string out = "[";
    bool first = true;
    for (const R& item : items) {
        if constexpr (std::is_same_v<R, Pool>)
            if (item.folded) continue; // its money is in the general pool
        out += first ? "\n" : ",\n";
        first = false;
        out +=
            "    " + object(fields, item, digits,
                            fmt::format("{}: {}", json_string(name_key), json_string(name(item))));
    }
    return out + (first ? "]" : "\n  ]");
}

} // namespace

std::string payout_json(const PayoutTable& t, const Policy& policy) {
    const int d = policy.minor_digits;
    std::string out = "{\n";
    out += fmt::format("  \"period\": {},\n", json_string(format_period(t.period)));
    out += fmt::format("  \"currency\": {},\n", json_string(policy.currency));
    out += fmt::format("  \"carried-in\": {},\n", object<Carried>(carried_fields, t.carried_in, d));
    out += fmt::format("  \"pools\": {},\n",
                       list<Pool>(pool_fields, t.pools, d, "pool",
                                  [](const Pool& p) -> std::string_view { return p.name; }));
    out += fmt::format(
        "  \"members\": {},\n",
        list<MemberPayout>(member_fields, t.members, d, "member",
                           [](const MemberPayout& m) -> std::string_view { return m.handle; }));
    out += fmt::format("  \"totals\": {},\n", object<PayoutTotals>(totals_fields, t.totals, d));
    out +=
        fmt::format("  \"carried-out\": {}\n", object<Carried>(carried_fields, t.carried_out, d));
    out += "}\n";
    return out;
}

} // namespace coop::cli
