#pragma once
// The books as a ledger-cli or hledger journal.
#include <string>

#include "export/transactions.hpp"

namespace coop {

enum class JournalDialect { ledger, hledger };

std::string ledger_journal(const Books& books, JournalDialect dialect);

} // namespace coop
