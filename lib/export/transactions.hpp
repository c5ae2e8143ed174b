#pragma once
// SPEC 9: the books as double-entry transactions, one model for every export
// format. Each revenue entry is a transaction; each closed period adds its
// distribution from its statement; each recorded payment (payments/) moves
// its amount from the member's liability to the bank. Amounts are exact
// minor units.
//
// Income is closed net of the commissions it paid, which are posted to
// Expenses:Commissions: after a distribution each Income:<Pool> keeps minus
// the commissions its entries paid and Expenses:Commissions their sum, the
// other income and expense accounts are back to zero, and the members'
// liabilities, Equity:Reserve and Equity:Deficit carry what the statement
// carries out.
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
    std::string code;              // the revenue entry's id, or the period distributed
    std::string payee;             // the party, or "coop" for a distribution
    std::string narration;         // the memo or what the transaction is
    std::vector<Posting> postings; // they sum to zero
};

struct Books {
    std::string currency;
    int minor_digits = 2;
    std::vector<Transaction> transactions; // by date, then entry order
};

// The books of the whole ledger, or up to and including `through`: the
// entries dated until its last day and the distributions of the closed
// periods that end by then. Throws Error(ledger) when a statement cannot be
// read or no longer matches the revenue entries of its period.
Books make_books(const Ledger& ledger, const std::optional<Period>& through);

// Account name components: a pool "web-site" is "Web-site"; a handle keeps its
// characters, with a leading capital as beancount requires.
std::string pool_account_part(std::string_view pool);
std::string handle_account_part(std::string_view handle);

} // namespace coop
