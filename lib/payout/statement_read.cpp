// Reading a statement back through the event reader, with every problem at
// its line and column.
#include <fmt/format.h>

#include "payout/statement.hpp"
#include "payout/statement_values.hpp"
#include "read/fields.hpp"
#include "read/yaml_cursor.hpp"

namespace coop {

namespace {

constexpr std::string_view top_keys[] = {"coop",   "period", "currency", "computed-from",
                                         "policy", "pools",  "members",  "totals"};
constexpr KeyTable top_table{"payout statement", top_keys, 0b11110111};

constexpr std::string_view policy_keys[] = {"review", "kinds", "reserve", "connector-share"};
constexpr KeyTable policy_table{"statement policy", policy_keys, 0b1111};

constexpr std::string_view review_keys[] = {"scale", "neutral",     "aggregate",
                                            "trim",  "min-reviews", "unreviewed-factor"};
constexpr KeyTable review_table{"statement review policy", review_keys, 0b111111};

constexpr std::string_view pool_keys[] = {"pool",          "income",  "expenses",
                                          "commissions",   "balance", "reserve",
                                          "distributable", "points",  "deficit"};
constexpr KeyTable pool_table{"statement pool", pool_keys, 0b111111111};

constexpr std::string_view member_keys[] = {"member", "minutes",    "contributions",
                                            "points", "commission", "amount"};
constexpr KeyTable member_table{"statement member", member_keys, 0b111111};

constexpr std::string_view totals_keys[] = {"income",  "expenses", "commissions",
                                            "reserve", "paid",     "deficit"};
constexpr KeyTable totals_table{"statement totals", totals_keys, 0b111111};

bool is_hex_commit(std::string_view s) {
    if (s.size() != 40) return false;
    for (const char ch : s)
        if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return false;
    return true;
}

class Reader {
  public:
    Reader(YamlCursor& c, Statement& s, int digits) : c_(c), s_(s), digits_(digits) {}

    void statement() {
        const Pos start = c_.peek_pos();
        note("statement", start);
        read_mapping(c_, top_table, [&](int key, Pos key_pos) {
            // Values by their place; the lists and mappings by their key's.
            note(std::string(top_keys[static_cast<std::size_t>(key)]),
                 key < 4 ? c_.peek_pos() : key_pos);
            switch (key) {
            case 0:
                if (const auto v = read_integer(c_, "coop"); v && *v != 1)
                    c_.error(s_.places["coop"], fmt::format("unsupported statement version {} "
                                                            "(this coop reads version 1)",
                                                            *v));
                break;
            case 1:
                period();
                break;
            case 2:
                currency();
                break;
            case 3:
                computed_from();
                break;
            case 4:
                read_mapping(c_, policy_table, [&](int k, Pos) { policy(k); });
                break;
            case 5:
                read_sequence(c_, "pools", [&] { pool(); });
                break;
            case 6:
                read_sequence(c_, "members", [&] { member(); });
                break;
            case 7:
                read_mapping(c_, totals_table, [&](int k, Pos) {
                    const auto name = totals_keys[static_cast<std::size_t>(k)];
                    note("totals." + std::string(name), c_.peek_pos());
                    PayoutTotals& t = s_.totals;
                    Money* const fields[] = {&t.income,  &t.expenses, &t.commissions,
                                             &t.reserve, &t.paid,     &t.deficit};
                    if (const auto m = amount(name, false)) *fields[k] = *m;
                });
                break;
            }
        });
    }

  private:
    void note(std::string key, Pos pos) { s_.places.insert_or_assign(std::move(key), pos); }

    void period() {
        const auto s = read_scalar(c_, "period");
        if (!s) return;
        if (const auto p = parse_period(s->text))
            s_.period = *p;
        else
            c_.error(s->pos, fmt::format("'period' must be a month like \"2026-11\" or a quarter "
                                         "like \"2026-Q4\", not '{}'",
                                         s->text));
    }

    void currency() {
        const auto s = read_scalar(c_, "currency");
        if (!s) return;
        if (currency_minor_digits(s->text)) { // amounts are read with the ledger's digits
            s_.currency = std::string(s->text);
        } else {
            c_.error(s->pos,
                     fmt::format("unknown currency '{}' (an ISO 4217 code such as EUR)", s->text));
        }
    }

    void computed_from() {
        const auto s = read_scalar(c_, "computed-from");
        if (!s) return;
        if (is_hex_commit(s->text))
            s_.computed_from = std::string(s->text);
        else
            c_.error(s->pos, fmt::format("'computed-from' must be a git commit id of 40 lowercase "
                                         "hexadecimal digits, not '{}'",
                                         s->text));
    }

    void policy(int key) {
        const Pos at = c_.peek_pos();
        StatementPolicy& p = s_.policy;
        switch (key) {
        case 0:
            note("policy.review", at);
            read_mapping(c_, review_table, [&](int k, Pos) { review(k); });
            break;
        case 1:
            note("policy.kinds", at);
            kinds();
            break;
        case 2:
            note("policy.reserve", at);
            if (const auto v = percent("reserve")) p.reserve = *v;
            break;
        case 3:
            note("policy.connector-share", at);
            if (const auto v = percent("connector-share")) p.connector_share = *v;
            break;
        }
    }

    void review(int key) {
        const Pos at = c_.peek_pos();
        const std::string name(review_keys[static_cast<std::size_t>(key)]);
        note("policy.review." + name, at);
        StatementPolicy& p = s_.policy;
        switch (key) {
        case 0: {
            std::vector<std::int64_t> bounds;
            read_sequence(c_, "scale", [&] {
                if (const auto v = read_integer(c_, "scale")) bounds.push_back(*v);
            });
            if (bounds.size() == 2 && bounds[0] >= 0 && bounds[0] < bounds[1] && bounds[1] <= 100) {
                p.scale_min = static_cast<int>(bounds[0]);
                p.scale_max = static_cast<int>(bounds[1]);
            } else {
                c_.error(at, "'scale' must be [lowest, highest], like [0, 5]");
            }
            break;
        }
        case 1:
            if (const auto v = small_integer("neutral")) p.neutral = *v;
            break;
        case 2:
            if (const auto s = read_scalar(c_, "aggregate")) {
                if (s->text == "median")
                    p.aggregate = Aggregate::median;
                else if (s->text == "mean")
                    p.aggregate = Aggregate::mean;
                else if (s->text == "trimmed-mean")
                    p.aggregate = Aggregate::trimmed_mean;
                else
                    c_.error(s->pos, fmt::format("unknown aggregate '{}' (known: median, mean, "
                                                 "trimmed-mean)",
                                                 s->text));
            }
            break;
        case 3:
            if (const auto v = percent("trim")) p.trim = *v;
            break;
        case 4:
            if (const auto v = small_integer("min-reviews")) p.min_reviews = *v;
            break;
        case 5:
            if (const auto v = decimal("unreviewed-factor", factor_places))
                p.unreviewed_factor = *v;
            break;
        }
    }

    void kinds() {
        const Pos where = c_.peek_pos();
        if (!c_.enter_mapping()) {
            c_.error(where, "'kinds' must be a mapping of kind names to weights, like code: \"1\"");
            c_.skip();
            return;
        }
        Scalar key;
        while (c_.next_key(key)) {
            std::string name(key.text);
            const std::string place = "policy.kinds." + name;
            if (s_.places.count(place)) {
                c_.error(key.pos, fmt::format("duplicate kind '{}' (first at line {})", name,
                                              s_.places[place].line));
                c_.skip();
                continue;
            }
            note(place, c_.peek_pos());
            if (const auto w = decimal(name, weight_places))
                s_.policy.kinds.push_back({std::move(name), *w});
        }
    }

    // Reads one list item's mapping; `on_field(key, name)` reads the value of
    // every key but the first, which holds the item's name.
    template <typename OnField>
    void item(const KeyTable& table, std::string_view list, std::string& name, OnField&& on_field) {
        const Pos item_pos = c_.peek_pos();
        std::vector<std::pair<std::string, Pos>> fields;
        Pos name_pos;
        read_mapping(c_, table, [&](int key, Pos) {
            const Pos at = c_.peek_pos();
            const auto field = table.keys[static_cast<std::size_t>(key)];
            if (key == 0) {
                name_pos = at;
                const auto t = read_scalar(c_, field);
                if (t && !t->text.empty() && classify(*t) != PlainType::null)
                    name = std::string(t->text);
                else if (t)
                    c_.error(at, fmt::format("'{}' is empty", field));
                return;
            }
            fields.emplace_back(std::string(field), at);
            on_field(key, field);
        });
        if (name.empty()) return;
        const std::string prefix = std::string(list) + "." + name;
        if (const auto seen = s_.places.find(prefix); seen != s_.places.end()) {
            c_.error(name_pos, fmt::format("{} '{}' is listed twice (first at line {})",
                                           table.keys[0], name, seen->second.line));
            name.clear();
            return;
        }
        note(prefix, item_pos);
        for (auto& [field, pos] : fields)
            note(prefix + "." + field, pos);
    }

    void pool() {
        StatementPool p;
        Money* const amounts[] = {nullptr,          &p.income,  &p.expenses,
                                  &p.commissions,   &p.balance, &p.reserve,
                                  &p.distributable, nullptr,    &p.deficit};
        item(pool_table, "pools", p.name, [&](int key, std::string_view field) {
            if (key == 7) {
                if (const auto v = points(field)) p.points = *v;
            } else if (const auto m = amount(field, key == 4)) {
                *amounts[key] = *m;
            }
        });
        if (!p.name.empty()) s_.pools.push_back(std::move(p));
    }

    void member() {
        StatementMember m;
        item(member_table, "members", m.handle, [&](int key, std::string_view field) {
            switch (key) {
            case 1:
            case 2:
                if (const auto v = count(field)) (key == 1 ? m.minutes : m.contributions) = *v;
                break;
            case 3:
                if (const auto v = points(field)) m.points = *v;
                break;
            default:
                if (const auto v = amount(field, false)) (key == 4 ? m.commission : m.amount) = *v;
                break;
            }
        });
        if (!m.handle.empty()) s_.members.push_back(std::move(m));
    }

    std::optional<Money> amount(std::string_view key, bool may_be_negative) {
        return read_statement_amount(c_, key, digits_, may_be_negative);
    }
    std::optional<int128> points(std::string_view key) { return read_statement_points(c_, key); }
    std::optional<std::int64_t> count(std::string_view key) { return read_count(c_, key); }
    std::optional<int> small_integer(std::string_view key) { return read_small_integer(c_, key); }
    std::optional<std::int64_t> decimal(std::string_view key, int places) {
        return read_decimal(c_, key, places);
    }
    std::optional<std::int64_t> percent(std::string_view key) {
        return read_statement_percent(c_, key);
    }

    YamlCursor& c_;
    Statement& s_;
    int digits_;
};

} // namespace

Statement read_statement(std::string_view text, const std::string& path, int minor_digits,
                         Diagnostics& diags) {
    Statement s;
    s.minor_digits = minor_digits;
    YamlCursor c(text, path, diags);
    if (!c.begin_document() || c.peek() == NodeKind::none) {
        if (!c.failed()) diags.error(path, 1, 1, "the statement is empty");
        return s;
    }
    Reader(c, s, minor_digits).statement();
    c.end_document();
    return s;
}

} // namespace coop
