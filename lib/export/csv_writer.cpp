#include "export/csv_writer.hpp"

namespace coop {

namespace {

std::string field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

std::string books_csv(const Books& books) {
    std::string out = "date,payee,narration,account,amount,currency\n";
    for (const Transaction& t : books.transactions)
        for (const Posting& p : t.postings)
            out += format_date(t.date) + "," + field(t.payee) + "," + field(t.narration) + "," +
                   field(p.account) + "," + format_money(p.amount, books.minor_digits) + "," +
                   books.currency + "\n";
    return out;
}

} // namespace coop
