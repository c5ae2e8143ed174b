#pragma once
// SPEC 9: the books as double-entry transactions, one model for every export
// format. Each revenue entry is a transaction; each closed period adds its
// distribution from its statement. Amounts are exact minor units.
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/money.hpp"

namespace coop {

struct Posting {
    std::string account; // Assets:Bank, Income:General, Liabilities:Members:alice, ...
    Money amount;        // debit positive, credit negative
};

struct Transaction {
    Date date;
    std::string payee;             // the party, or "coop" for a distribution
    std::string narration;         // the memo or what the transaction is
    std::vector<Posting> postings; // they sum to zero
};

struct Books {
    std::string currency;
    int minor_digits = 2;
    std::vector<Transaction> transactions; // by date, then entry order
};

// The books of the whole ledger, or of `period` alone. Throws Error(ledger)
// when a statement cannot be read.
Books make_books(const Ledger& ledger, const std::optional<Period>& period);

// Account name components: a pool "web-site" is "Web-site"; a handle keeps its
// characters, with a leading capital as beancount requires.
std::string pool_account_part(std::string_view pool);
std::string handle_account_part(std::string_view handle);

} // namespace coop
