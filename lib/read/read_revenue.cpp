#include <fmt/format.h>

#include "model/money.hpp"
#include "read/fields.hpp"
#include "read/file_readers.hpp"

namespace coop {

namespace {

constexpr std::string_view file_keys[] = {"entries"};
constexpr KeyAlias file_aliases[] = {{"revenue", "entries"}, {"entry", "entries"}};
constexpr KeyTable file_table{"revenue file", file_keys, 0b1, file_aliases};

constexpr std::string_view entry_keys[] = {"id",    "date",    "type",      "amount",
                                           "party", "project", "connector", "memo"};
constexpr KeyAlias entry_aliases[] = {
    {"value", "amount"},     {"sum", "amount"},       {"total", "amount"},
    {"price", "amount"},     {"client", "party"},     {"customer", "party"},
    {"payer", "party"},      {"payee", "party"},      {"vendor", "party"},
    {"description", "memo"}, {"note", "memo"},        {"notes", "memo"},
    {"comment", "memo"},     {"kind", "type"},        {"referrer", "connector"},
    {"agent", "connector"},  {"seller", "connector"}, {"day", "date"}};
constexpr KeyTable entry_table{"revenue entry", entry_keys, 0b00011111, entry_aliases};

bool id_suffix_char(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
}

std::string amount_problem(AmountError e, std::string_view text, const Policy& p) {
    switch (e) {
    case AmountError::too_many_places:
        if (p.minor_digits == 0)
            return fmt::format("amount '{}' has decimals, but {} amounts are whole numbers", text,
                               p.currency);
        return fmt::format("amount '{}' has more than {} decimal places, the precision of {}", text,
                           p.minor_digits, p.currency);
    case AmountError::out_of_range:
        return fmt::format("amount '{}' is out of range (at most 15 digits)", text);
    case AmountError::not_positive:
        return "amount must be greater than zero; record money going out as type: expense";
    default:
        break;
    }
    return fmt::format("amount '{}' is not a decimal number; write it like \"1200.00\"", text);
}

void read_entry(YamlCursor& c, const FileContext& ctx, FileResult& out) {
    RevenueEntry e;
    e.file = ctx.id;
    e.pos = c.peek_pos();
    bool date_ok = false;
    read_mapping(c, entry_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        switch (key) {
        case 0:
            e.id_pos = at;
            if (auto t = read_text(c, "id", out.pool, true)) e.id = *t;
            break;
        case 1:
            e.date_pos = at;
            if (auto d = read_date(c, "date")) {
                e.date = *d;
                date_ok = check_entry_month(
                    c, ctx, *d, at, fmt::format("revenue/{:04}/{:02}.yaml", d->year(), d->month()));
            }
            break;
        case 2:
            e.type_pos = at;
            if (auto s = read_scalar(c, "type")) {
                if (s->text == "income")
                    e.type = RevenueType::income;
                else if (s->text == "expense")
                    e.type = RevenueType::expense;
                else
                    c.error(at, fmt::format("unknown type '{}' (known: income, expense)", s->text));
            }
            break;
        case 3: {
            e.amount_pos = at;
            const auto s = read_scalar(c, "amount");
            if (!s) break;
            if (s->plain) {
                c.error(at, fmt::format("amount must be quoted decimal text, not a number: write "
                                        "amount: \"{}\"",
                                        s->text));
                break;
            }
            AmountParse a = parse_amount(s->text, ctx.policy.minor_digits);
            if (s->text.starts_with('-')) a.error = AmountError::not_positive;
            if (a.error != AmountError::none)
                c.error(at, amount_problem(a.error, s->text, ctx.policy));
            else
                e.amount = a.money;
            break;
        }
        case 4:
            if (auto t = read_text(c, "party", out.pool, true)) e.party = *t;
            break;
        case 5:
            e.project_pos = at;
            if (auto t = read_project(c, "project", out.pool)) e.project = *t;
            break;
        case 6:
            e.connector_pos = at;
            if (auto t = read_handle(c, "connector", out.pool, false)) e.connector = *t;
            break;
        case 7:
            if (auto t = read_text(c, "memo", out.pool, false)) e.memo = *t;
            break;
        }
    });
    if (!e.connector.empty() && e.type == RevenueType::expense)
        c.error(e.connector_pos, "a connector earns a share of income only; remove 'connector' "
                                 "from this expense");
    if (!e.id.empty() && date_ok) {
        const std::string prefix = fmt::format("rev-{}-", format_date_compact(e.date));
        const std::string_view id = e.id;
        const std::string_view suffix =
            id.size() > prefix.size() ? id.substr(prefix.size()) : std::string_view{};
        bool ok = id.substr(0, prefix.size()) == prefix && !suffix.empty() && suffix.size() <= 16;
        for (char ch : suffix)
            ok = ok && id_suffix_char(ch);
        if (!ok)
            c.error(e.id_pos, fmt::format("id '{}' does not fit its entry: write '{}' and 1 to 16 "
                                          "characters of a-z, 0-9 and '-', like '{}acme'",
                                          id, prefix, prefix));
    }
    if (!e.id.empty()) out.revenue.push_back(std::move(e));
}

} // namespace

void read_revenue_file(YamlCursor& c, const FileContext& ctx, FileResult& out) {
    read_mapping(c, file_table,
                 [&](int, Pos) { read_sequence(c, "entries", [&] { read_entry(c, ctx, out); }); });
}

} // namespace coop
