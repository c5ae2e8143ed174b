#include "export/ledger_writer.hpp"

namespace coop {

namespace {

// A payee on a transaction's first line: ';' would start a comment in both
// tools and '|' splits hledger's payee from its note, so both are replaced;
// line breaks and tabs become spaces.
std::string payee_text(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == ';')
            out += ',';
        else if (c == '|')
            out += '/';
        else if (c == '\n' || c == '\r' || c == '\t')
            out += ' ';
        else
            out += c;
    }
    return out;
}

} // namespace

std::string ledger_journal(const Books& books, JournalDialect dialect) {
    std::string out = "; coop export: amounts in " + books.currency + "\n";
    if (dialect == JournalDialect::hledger)
        out += "commodity " + format_money(Money{100000}, books.minor_digits) + " " +
               books.currency + "\n";
    for (const Transaction& t : books.transactions) {
        out += "\n" + format_date(t.date) + " " + payee_text(t.payee);
        if (dialect == JournalDialect::hledger) out += " | " + payee_text(t.narration);
        out += "\n    ; " + payee_text(t.narration) + "\n";
        for (const Posting& p : t.postings)
            out += "    " + p.account + "  " + format_money(p.amount, books.minor_digits) + " " +
                   books.currency + "\n";
    }
    return out;
}

} // namespace coop
