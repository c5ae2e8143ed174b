#include "payments/payments_file.hpp"

#include <fmt/format.h>

#include "model/layout.hpp"
#include "read/fields.hpp"
#include "read/yaml_cursor.hpp"
#include "util/string_pool.hpp"
#include "write/yaml_text.hpp"

namespace coop {

namespace {

constexpr std::string_view top_keys[] = {"period", "currency", "statement", "payments"};
constexpr KeyTable top_table{"payments record", top_keys, 0b1011};

constexpr std::string_view payment_keys[] = {"handle", "amount", "reference", "date"};
constexpr KeyAlias payment_aliases[] = {
    {"member", "handle"}, {"paid", "amount"}, {"id", "reference"}, {"end-to-end-id", "reference"}};
constexpr KeyTable payment_table{"payment", payment_keys, 0b1111, payment_aliases};

bool is_hex40(std::string_view s) {
    if (s.size() != 40) return false;
    for (const char ch : s)
        if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return false;
    return true;
}

void read_amount(YamlCursor& c, RecordedPayment& p, int minor_digits) {
    const auto s = read_scalar(c, "amount");
    if (!s) return;
    if (s->plain) {
        c.error(p.amount_pos, fmt::format("amount must be quoted decimal text, not a number: "
                                          "write amount: \"{}\"",
                                          s->text));
        return;
    }
    const AmountParse a = parse_amount(s->text, minor_digits);
    if (a.error != AmountError::none || s->text.starts_with('-')) {
        c.error(p.amount_pos,
                fmt::format("amount '{}' is not a payment: a decimal above zero with at most {} "
                            "decimals",
                            s->text, minor_digits));
        return;
    }
    p.amount = a.money;
    p.amount_read = true;
}

void read_payment(YamlCursor& c, RecordedPayment& p, int minor_digits) {
    StringPool scratch;
    p.pos = c.peek_pos();
    read_mapping(c, payment_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        switch (key) {
        case 0:
            p.handle_pos = at;
            if (const auto h = read_handle(c, "handle", scratch, true)) p.handle = std::string(*h);
            break;
        case 1:
            p.amount_pos = at;
            read_amount(c, p, minor_digits);
            break;
        case 2:
            p.reference_pos = at;
            if (const auto t = read_text(c, "reference", scratch, true))
                p.reference = std::string(*t);
            break;
        default:
            p.date = read_date(c, "date");
            break;
        }
    });
}

} // namespace

std::string payments_yaml(const PaymentsRecord& r, int minor_digits) {
    const std::string period = r.period ? format_period(*r.period) : "";
    std::string out = "# yaml-language-server: $schema=../schema/payments.schema.json\n";
    out += fmt::format("# The payments of {}, as coop pay recorded and committed them: written "
                       "once, by a\n# treasurer, equal to the statement's paid amounts. No bank "
                       "details, ever.\n",
                       period);
    out += fmt::format("period: {}\n", yaml_double_quoted(period));
    out += fmt::format("currency: {}\n", r.currency);
    if (!r.statement.empty())
        out += fmt::format("statement: {}\n", yaml_double_quoted(r.statement));
    out += r.payments.empty() ? "payments: []\n" : "payments:\n";
    for (const RecordedPayment& p : r.payments) {
        out += fmt::format("  - handle: {}\n", p.handle);
        out += fmt::format("    amount: {}\n",
                           yaml_double_quoted(format_money(p.amount, minor_digits)));
        out += fmt::format("    reference: {}\n", yaml_double_quoted(p.reference));
        out += fmt::format("    date: {}\n", p.date ? format_date(*p.date) : "");
    }
    return out;
}

PaymentsRecord read_payments(std::string_view text, const std::string& path, int minor_digits,
                             Diagnostics& diags) {
    PaymentsRecord out;
    YamlCursor c(text, path, diags);
    if (!c.begin_document()) {
        if (!c.failed())
            diags.error(path, 1, 1, "empty file; expected 'period', 'currency' and 'payments'");
        return out;
    }
    StringPool scratch;
    read_mapping(c, top_table, [&](int key, Pos pos) {
        const Pos at = c.peek_pos();
        switch (key) {
        case 0:
            out.period_pos = at;
            if (const auto s = read_scalar(c, "period")) {
                out.period = parse_period(s->text);
                if (!out.period)
                    c.error(at, fmt::format("'{}' is not a period: write a month like 2026-11 or "
                                            "a quarter like 2026-Q4",
                                            s->text));
            }
            break;
        case 1:
            out.currency_pos = at;
            if (const auto t = read_text(c, "currency", scratch, true))
                out.currency = std::string(*t);
            break;
        case 2:
            out.statement_pos = at;
            if (const auto t = read_text(c, "statement", scratch, false)) {
                out.statement = std::string(*t);
                if (!is_hex40(out.statement))
                    c.error(at, fmt::format("statement '{}' is not a git blob id (40 lowercase "
                                            "hex digits)",
                                            out.statement));
            }
            break;
        default:
            out.payments_pos = pos;
            read_sequence(c, "payments", [&] {
                RecordedPayment p;
                read_payment(c, p, minor_digits);
                out.payments.push_back(std::move(p));
            });
            break;
        }
    });
    c.end_document();
    return out;
}

} // namespace coop
