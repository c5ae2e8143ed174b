#include <fmt/format.h>

#include "model/money.hpp"
#include "read/fields.hpp"
#include "read/file_readers.hpp"

namespace coop {

namespace {

// revenue/YYYY/MM/<treasurer>.yaml names its treasurer; the v1 revenue/YYYY/MM.yaml has none.
constexpr std::string_view file_keys[] = {"entries", "treasurer"};
constexpr KeyAlias file_aliases[] = {{"revenue", "entries"},
                                     {"entry", "entries"},
                                     {"member", "treasurer"},
                                     {"author", "treasurer"},
                                     {"booked-by", "treasurer"}};
constexpr KeyTable file_table{"revenue file", file_keys, 0b11, file_aliases};
constexpr KeyTable v1_file_table{"revenue file", std::span(file_keys).first(1), 0b1,
                                 std::span(file_aliases).first(2)};

constexpr std::string_view entry_keys[] = {"id",      "date",      "type", "amount", "party",
                                           "project", "connector", "memo", "circle", "source"};
constexpr KeyAlias entry_aliases[] = {
    {"value", "amount"},     {"sum", "amount"},       {"total", "amount"},
    {"price", "amount"},     {"client", "party"},     {"customer", "party"},
    {"payer", "party"},      {"payee", "party"},      {"vendor", "party"},
    {"description", "memo"}, {"note", "memo"},        {"notes", "memo"},
    {"comment", "memo"},     {"kind", "type"},        {"referrer", "connector"},
    {"agent", "connector"},  {"seller", "connector"}, {"day", "date"}};
constexpr KeyTable entry_table{"revenue entry", entry_keys, 0b00011111, entry_aliases};

constexpr std::string_view source_keys[] = {"commit", "statement"};
constexpr KeyAlias source_aliases[] = {{"blob", "statement"}, {"sha", "commit"}};
constexpr KeyTable source_table{"source", source_keys, 0b11, source_aliases};

bool is_object_id(std::string_view s) {
    return s.size() == 40 && s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// source: {commit, statement}: the circle's closing commit and statement blob.
void read_source(YamlCursor& c, RevenueEntry& e, StringPool& pool) {
    read_mapping(c, source_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        const std::string_view what = source_keys[static_cast<std::size_t>(key)];
        const auto t = read_text(c, what, pool, true);
        if (!t) return;
        if (!is_object_id(*t)) {
            c.error(at, fmt::format("'{}' must be a git object id of 40 lowercase hexadecimal "
                                    "digits, not '{}'",
                                    what, *t));
            return;
        }
        (key == 0 ? e.source_commit : e.source_statement) = *t;
    });
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
                date_ok = check_entry_month(c, ctx, *d, at,
                                            ctx.where.handle.empty()
                                                ? revenue_v1_path(*d)
                                                : revenue_path(ctx.where.handle, *d));
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
        case 8:
            e.circle_pos = at;
            if (auto t = read_text(c, "circle", out.pool, true)) {
                if (ctx.policy.network.find_circle(*t))
                    e.circle = *t;
                else if (ctx.policy.network.circles.empty())
                    c.error(at, fmt::format("unknown circle '{}': coop.yaml's network lists no "
                                            "circles (add one with coop circle add)",
                                            *t));
                else {
                    std::string known;
                    for (const Circle& k : ctx.policy.network.circles)
                        known += (known.empty() ? "" : ", ") + k.name;
                    c.error(at, fmt::format("unknown circle '{}' (known: {})", *t, known));
                }
            }
            break;
        case 9:
            e.source_pos = at;
            read_source(c, e, out.pool);
            break;
        }
    });
    if (e.source_pos.line && !e.circle_pos.line)
        c.error(e.source_pos, "a source is a circle's statement: name the circle too, like "
                              "circle: lyon");
    if (!e.connector.empty() && e.type == RevenueType::expense)
        c.error(e.connector_pos, "a connector earns a share of income only; remove 'connector' "
                                 "from this expense");
    if (!e.id.empty() && date_ok && !is_revenue_id(e.id, e.date)) {
        const std::string prefix = revenue_id_prefix(e.date);
        c.error(e.id_pos, fmt::format("id '{}' does not fit its entry: write '{}' and 1 to {} "
                                      "characters of a-z, 0-9 and '-', like '{}acme'",
                                      e.id, prefix, revenue_suffix_max, prefix));
    }
    if (!e.id.empty()) out.revenue.push_back(std::move(e));
}

} // namespace

void read_revenue_file(YamlCursor& c, const FileContext& ctx, FileResult& out) {
    const bool v1 = ctx.where.handle.empty();
    read_mapping(c, v1 ? v1_file_table : file_table, [&](int key, Pos) {
        if (key == 1) {
            read_file_owner(c, ctx, out, "treasurer",
                            "a revenue file holds only what its treasurer booked");
            return;
        }
        read_sequence(c, "entries", [&] { read_entry(c, ctx, out); });
    });
}

} // namespace coop
