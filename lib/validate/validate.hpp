#pragma once
// `coop validate` as a library call: every rule of SPEC sections 1 and 2 that
// spans more than one file. Rules within one file are checked while reading.
#include <filesystem>

#include "model/diagnostic.hpp"
#include "model/ledger.hpp"
#include "read/ledger_reader.hpp"

namespace coop {

// Adds the cross-file problems of an already read ledger to `diags`.
void validate(const Ledger& ledger, Diagnostics& diags);

// Reads and validates, closed periods included (see closed_periods.hpp):
// what every command runs before it trusts a ledger.
// `diags` comes back sorted.
Ledger load_ledger(const std::filesystem::path& root, Diagnostics& diags,
                   const ReadOptions& options = {});

} // namespace coop
