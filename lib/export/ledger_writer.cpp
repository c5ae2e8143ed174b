#include "export/ledger_writer.hpp"

namespace coop {

namespace {

// One line of text: line breaks and tabs as spaces.
std::string one_line(std::string_view text) {
    std::string out;
    for (const char c : text)
        out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    return out;
}

// A payee as ledger-cli reads it on a transaction's first line: a ';' after
// two spaces would start a note, so the spaces before a ';' are one.
std::string ledger_payee(std::string_view text) {
    std::string out;
    for (const char c : one_line(text)) {
        if (c == ';')
            while (out.size() >= 2 && out.back() == ' ' && out[out.size() - 2] == ' ')
                out.pop_back();
        out += c;
    }
    return out;
}

// Text of hledger's description: ';' starts a comment anywhere in it and the
// first '|' splits the payee from the note, neither escapable, so they are
// written as ',' and '/'.
std::string hledger_text(std::string_view text, bool payee) {
    std::string out;
    for (const char c : one_line(text)) {
        if (c == ';')
            out += ',';
        else if (c == '|' && payee)
            out += '/';
        else
            out += c;
    }
    return out;
}

} // namespace

std::string ledger_journal(const Books& books, JournalDialect dialect) {
    std::string out = "; coop export: amounts in " + books.currency + "\n";
    // hledger wants a decimal mark in a commodity directive, even without
    // decimals ("100000. JPY"), and decimal-mark: "1.000 KWD" would be a
    // thousand to it.
    if (dialect == JournalDialect::hledger)
        out += "decimal-mark .\ncommodity " + format_money(Money{100000}, books.minor_digits) +
               (books.minor_digits == 0 ? "." : "") + " " + books.currency + "\n";
    for (const Transaction& t : books.transactions) {
        // The code, always there, keeps a payee that starts with '*', '!' or
        // '(' from being read as a status or a code.
        out += "\n" + format_date(t.date) + " (" + t.code + ") ";
        const std::string party = one_line(t.payee);
        if (dialect == JournalDialect::hledger) {
            const std::string payee = hledger_text(t.payee, true);
            out += payee + " | " + hledger_text(t.narration, false) + "\n";
            // The party as it is, as a tag hledger can query: tag:party=...
            if (payee != party) out += "    ; party: " + party + "\n";
        } else {
            const std::string payee = ledger_payee(t.payee);
            out += payee + "\n    ; " + one_line(t.narration) + "\n";
            // ledger-cli's Payee metadata replaces the first line's payee.
            if (payee != party) out += "    ; Payee: " + party + "\n";
        }
        for (const Posting& p : t.postings)
            out += "    " + p.account + "  " + format_money(p.amount, books.minor_digits) + " " +
                   books.currency + "\n";
    }
    return out;
}

} // namespace coop
