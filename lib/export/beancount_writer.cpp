#include "export/beancount_writer.hpp"

#include <set>

namespace coop {

namespace {

// A beancount string: '"' and '\' escaped, line breaks as spaces.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return out + "\"";
}

} // namespace

std::string beancount_journal(const Books& books) {
    std::string out = "; coop export: amounts in " + books.currency + "\n";
    out += "option \"operating_currency\" " + quoted(books.currency) + "\n\n";
    std::set<std::string> accounts;
    for (const Transaction& t : books.transactions)
        for (const Posting& p : t.postings)
            accounts.insert(p.account);
    const std::string opened =
        books.transactions.empty() ? "1970-01-01" : format_date(books.transactions.front().date);
    for (const std::string& a : accounts)
        out += opened + " open " + a + " " + books.currency + "\n";
    for (const Transaction& t : books.transactions) {
        out +=
            "\n" + format_date(t.date) + " * " + quoted(t.payee) + " " + quoted(t.narration) + "\n";
        for (const Posting& p : t.postings)
            out += "  " + p.account + "  " + format_money(p.amount, books.minor_digits) + " " +
                   books.currency + "\n";
    }
    return out;
}

} // namespace coop
