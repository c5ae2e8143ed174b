#include "pay/pay_csv.hpp"

namespace coop {

namespace {

void field(std::string& out, std::string_view text, bool last) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += text;
    } else {
        out += '"';
        for (const char ch : text) {
            if (ch == '"') out += '"';
            out += ch;
        }
        out += '"';
    }
    out += last ? "\n" : ",";
}

} // namespace

std::string pay_csv(const BankOrder& order) {
    std::string out = "handle,name,iban,amount,currency,reference\n";
    for (const Transfer& t : order.transfers) {
        field(out, t.handle, false);
        field(out, t.name, false);
        field(out, t.iban, false);
        field(out, format_money(t.amount, order.plan.minor_digits), false);
        field(out, order.plan.currency, false);
        field(out, order.plan.reference, true);
    }
    return out;
}

} // namespace coop
