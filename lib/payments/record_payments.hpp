#pragma once
// `coop pay PERIOD --commit`: record what was sent to the bank as
// payments/<period>.yaml, written once, by a treasurer, from the committed
// statement, and commit it.
#include <filesystem>
#include <string>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "pay/payment_plan.hpp"

namespace coop {

// A record ready to be written: every refusal has been made.
struct PreparedPayments {
    std::string path;        // payments/<period>.yaml, relative to the ledger
    std::string text;        // what is written
    std::string message;     // the commit message
    std::string signing_key; // git's user.signingkey, when the co-op signs commits
};

// Checks that `plan` (of a closed period of `ledger`, read from `root`) can be
// recorded with execution date `date`, and makes the record. Throws, writing
// nothing: Error(ledger) when the period's payments are already recorded,
// when the statement has uncommitted changes or is not in HEAD, when git's
// user.email is not a treasurer's (members as the ledger has them now);
// Error(usage) when the ledger is not in git, or signed commits are on and
// git has no signing key.
PreparedPayments prepare_payments(const std::filesystem::path& root, const Ledger& ledger,
                                  const PaymentPlan& plan, Date date);

// Writes the prepared record atomically and commits it (that file only).
// Returns the new commit's id. Throws Error(io) when writing or committing fails.
std::string commit_payments(const std::filesystem::path& root, const PreparedPayments& prepared);

} // namespace coop
