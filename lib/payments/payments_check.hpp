#pragma once
// The rules a payments record keeps (SPEC 9), one place for coop validate
// (on the work tree) and coop audit O4 (on the tree at each commit): the
// period closed, the co-op's currency, every member the statement pays
// present once with the statement's exact paid amount and no one else,
// references unique and formed as the bank file's EndToEndIds.
#include <string>

#include "model/diagnostic.hpp"
#include "model/policy.hpp"
#include "payments/payments_file.hpp"
#include "statement/statement.hpp"

namespace coop {

// Checks `record`, read from `path`, against `statement` (the statement of
// the period its file is named for; null when that period is not closed).
// Every problem goes to `diags` at its place in `path`.
void check_payments(const PaymentsRecord& record, const std::string& path,
                    const Statement* statement, const Policy& policy, Diagnostics& diags);

} // namespace coop
