#pragma once
// What the reporting commands share before they compute anything: a ledger
// they can trust, and the period they are asked about.
#include <filesystem>
#include <optional>
#include <string>

#include "globals.hpp"
#include "model/date.hpp"
#include "model/ledger.hpp"

namespace coop::cli {

struct LoadedLedger {
    std::filesystem::path root;
    Ledger ledger;
    Diagnostics warnings; // sorted; shown by show_warnings
};

// Reads and validates the ledger. With errors, all of them go to stderr and an
// Error(ledger) says to fix them first.
LoadedLedger load_valid_ledger(const Globals& g);

// The warnings about `period` and about files of no period (coop.yaml,
// members/) on stderr, and one line counting the others, which coop validate
// shows: a command about one period does not repeat every other's. Nothing
// with -q.
void show_warnings(const Globals& g, const LoadedLedger& loaded,
                   const std::optional<Period>& period);

// "2026-11" or "2026-Q4"; anything else is an Error(usage) naming both forms.
Period parse_period_option(const std::string& text);

// The period asked for (--period), else the latest of the co-op's cadence with
// an entry; nothing when the ledger has no entries at all.
std::optional<Period> choose_period(const std::optional<Period>& asked, const Ledger& ledger);

// Said on stderr (unless -q) when the ledger has no entries at all.
void say_nothing_to_show(const Globals& g, std::string_view what);

} // namespace coop::cli
