#pragma once
// coop payout --check FILE: a statement against the ledger.
#include <string>

#include "globals.hpp"

namespace coop::cli {

// Recomputes the period of the statement `file` (relative to -C DIR or the
// working directory) and compares every value. Prints each difference as
// FILE:line:col: error: ..., then throws Error(ledger); prints
// "FILE: matches the ledger" (unless -q) when there is none.
void check_statement(const Globals& g, const std::string& file);

} // namespace coop::cli
