#include <fmt/format.h>

#include "number_text.hpp"
#include "payout_output.hpp"
#include "util/json.hpp"

namespace coop::cli {

std::string payout_json(const PayoutTable& table, const Policy& policy) {
    const auto money = [&](Money m) { return json_string(format_money(m, policy.minor_digits)); };
    std::string out = "{\n";
    out += fmt::format("  \"period\": {},\n", json_string(format_period(table.period)));
    out += fmt::format("  \"currency\": {},\n", json_string(policy.currency));

    out += "  \"pools\": [";
    bool first = true;
    for (const Pool& p : table.pools) {
        if (p.folded) continue; // its money is in the general pool
        out += first ? "\n" : ",\n";
        first = false;
        out += fmt::format(
            "    {{\"pool\": {}, \"income\": {}, \"expenses\": {}, \"commissions\": {}, "
            "\"balance\": {}, \"reserve\": {}, \"distributable\": {}, \"points\": {}, "
            "\"deficit\": {}}}",
            json_string(p.name), money(p.income), money(p.expenses), money(p.commissions),
            money(p.balance), money(p.reserve), money(p.distributable),
            json_string(points_text(p.points)), money(p.deficit));
    }
    out += first ? "],\n" : "\n  ],\n";

    out += "  \"members\": [";
    first = true;
    for (const MemberPayout& m : table.members) {
        out += first ? "\n" : ",\n";
        first = false;
        out +=
            fmt::format("    {{\"member\": {}, \"minutes\": {}, \"contributions\": {}, "
                        "\"points\": {}, \"commission\": {}, \"amount\": {}}}",
                        json_string(m.handle), m.minutes, m.contributions,
                        json_string(points_text(m.points)), money(m.commission), money(m.amount));
    }
    out += first ? "],\n" : "\n  ],\n";

    const PayoutTotals& t = table.totals;
    out += fmt::format("  \"totals\": {{\"income\": {}, \"expenses\": {}, \"commissions\": {}, "
                       "\"reserve\": {}, \"paid\": {}, \"deficit\": {}}}\n",
                       money(t.income), money(t.expenses), money(t.commissions), money(t.reserve),
                       money(t.paid), money(t.deficit));
    out += "}\n";
    return out;
}

} // namespace coop::cli
