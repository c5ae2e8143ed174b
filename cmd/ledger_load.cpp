#include "ledger_load.hpp"

#include <fmt/format.h>

#include "diagnostics_output.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "number_text.hpp"
#include "payout/payout.hpp"
#include "validate/validate.hpp"

namespace coop::cli {

LoadedLedger load_valid_ledger(const Globals& g) {
    LoadedLedger out;
    out.root = g.ledger_root();
    Diagnostics diags;
    out.ledger = load_ledger(out.root, diags, g.read_options());
    if (diags.has_errors()) {
        print_diagnostics(stderr, diags, out.root, g.color_on(2));
        const auto n = diags.error_count();
        throw Error(ErrorKind::ledger,
                    fmt::format("the ledger has {}; fix {} first (coop validate shows them)",
                                count_text(n, "error"), n == 1 ? "it" : "them"));
    }
    diags.sort();
    out.warnings = std::move(diags);
    return out;
}

void show_warnings(const Globals& g, const LoadedLedger& loaded,
                   const std::optional<Period>& period) {
    if (g.quiet) return;
    Diagnostics shown;
    std::size_t others = 0;
    for (const Diagnostic& d : loaded.warnings.items()) {
        const LedgerPath where = classify_path(d.path);
        const bool dated = where.year > 0 && where.kind != FileKind::unexpected;
        if (!dated || (period && period->contains(make_date(where.year, where.month, 1))))
            shown.add(d);
        else
            ++others;
    }
    print_diagnostics(stderr, shown, loaded.root, g.color_on(2));
    if (others > 0)
        fmt::print(stderr, "coop: {} in other periods; coop validate shows them\n",
                   count_text(others, "warning"));
}

Period parse_period_option(const std::string& text) {
    if (const auto p = parse_period(text)) return *p;
    throw Error(ErrorKind::usage, fmt::format("'{}' is not a period; write a month like 2026-11 or "
                                              "a quarter like 2026-Q4",
                                              text));
}

std::optional<Period> choose_period(const std::optional<Period>& asked, const Ledger& ledger) {
    if (asked) return asked;
    return latest_period(ledger, ledger.policy.period);
}

void say_nothing_to_show(const Globals& g, std::string_view what) {
    if (g.quiet) return;
    fmt::print(stderr,
               "coop: the ledger has no contributions, reviews or revenue yet, so there is "
               "no {} to show; log work with 'coop log', or name a period with --period\n",
               what);
}

} // namespace coop::cli
