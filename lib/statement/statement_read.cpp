// Reading a statement back through the event reader, with every problem at
// its line and column. Its records are read through their field tables; its
// policy through coop.yaml's own section reader.
#include <fmt/format.h>

#include "read/fields.hpp"
#include "read/policy_sections.hpp"
#include "read/yaml_cursor.hpp"
#include "statement/record_fields.hpp"
#include "statement/statement.hpp"
#include "statement/statement_values.hpp"

namespace coop {

namespace {

enum class Top {
    coop,
    period,
    currency,
    computed_from,
    policy,
    carried_in,
    pools,
    members,
    totals,
    carried_out
};
constexpr std::string_view top_keys[] = {"coop",   "period",     "currency", "computed-from",
                                         "policy", "carried-in", "pools",    "members",
                                         "totals", "carried-out"};
constexpr KeyTable top_table{"payout statement", top_keys, 0b0111010111};

// v1 recorded reserve and connector-share at the top of its policy.
constexpr std::string_view policy_keys[] = {"review",  "kinds",           "distribution",
                                            "reserve", "connector-share", "network"};
constexpr KeyTable policy_table{"statement policy", policy_keys, 0b011};

// The keys of one record: its name key first for a list item, then its fields
// as the JSON has them, all of them required.
template <typename R> class RecordKeys {
  public:
    RecordKeys(std::string what, std::string_view name_key, std::span<const Field<R>> all)
        : what_(std::move(what)) {
        if (!name_key.empty()) keys_.push_back(name_key);
        std::uint64_t required = name_key.empty() ? 0 : 1;
        for (const Field<R>& f : all)
            if (f.use & in_json) {
                if (!(f.use & nonzero_only)) required |= bit(static_cast<int>(keys_.size()));
                keys_.push_back(f.key);
                fields_.push_back(&f);
            }
        table_ = KeyTable{what_, keys_, required};
    }
    RecordKeys(const RecordKeys&) = delete;
    RecordKeys& operator=(const RecordKeys&) = delete;

    const KeyTable& table() const { return table_; }
    // The field of key `k` of the table, counting the name key.
    const Field<R>& field(int k) const {
        return *fields_[static_cast<std::size_t>(k) - (keys_.size() - fields_.size())];
    }

  private:
    std::string what_;
    std::vector<std::string_view> keys_;
    std::vector<const Field<R>*> fields_;
    KeyTable table_;
};

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
        note("statement", c_.peek_pos());
        const auto seen = read_mapping(c_, top_table, [&](int key, Pos key_pos) {
            const auto k = static_cast<Top>(key);
            // Values by their place; the lists and mappings by their key's.
            note(std::string(top_keys[static_cast<std::size_t>(key)]),
                 key < 4 ? c_.peek_pos() : key_pos);
            switch (k) {
            case Top::coop:
                version();
                break;
            case Top::period:
                period();
                break;
            case Top::currency:
                currency();
                break;
            case Top::computed_from:
                computed_from();
                break;
            case Top::policy:
                policy();
                break;
            case Top::carried_in:
                record<Carried>("carried-in", carried_fields, s_.table.carried_in);
                break;
            case Top::pools:
                read_sequence(c_, "pools", [&] { pool(); });
                break;
            case Top::members:
                read_sequence(c_, "members", [&] { member(); });
                break;
            case Top::totals:
                record<PayoutTotals>("totals", fields_of<PayoutTotals>(s_.version),
                                     s_.table.totals);
                break;
            case Top::carried_out:
                s_.has_carried_out = true;
                record<Carried>("carried-out", carried_fields, s_.table.carried_out);
                break;
            }
        });
        if (seen && v2() && !c_.failed())
            for (const Top k : {Top::carried_in, Top::carried_out})
                if (!(*seen & bit(static_cast<int>(k))))
                    c_.error(s_.places["statement"],
                             fmt::format("missing key '{}' in payout statement",
                                         top_keys[static_cast<std::size_t>(k)]));
    }

  private:
    bool v2() const { return s_.version >= 2; }

    void note(std::string key, Pos pos) { s_.places.insert_or_assign(std::move(key), pos); }

    void version() {
        const Pos at = c_.peek_pos();
        if (const auto v = read_integer(c_, "coop")) {
            if (*v == 1 || *v == 2)
                s_.version = static_cast<int>(*v);
            else
                c_.error(at, fmt::format("unsupported statement version {} (this coop reads "
                                         "versions 1 and 2)",
                                         *v));
        }
    }

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
        if (currency_minor_digits(s->text)) // amounts are read with the ledger's digits
            s_.currency = std::string(s->text);
        else
            c_.error(s->pos,
                     fmt::format("unknown currency '{}' (an ISO 4217 code such as EUR)", s->text));
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

    // The policy in force, read as coop.yaml's sections are.
    void policy() {
        PolicySectionReader sections(c_, s_.policy);
        sections.note_places(s_.places, "policy.");
        s_.policy.kinds.clear();
        read_mapping(c_, policy_table, [&](int key, Pos key_pos) {
            note("policy." + std::string(policy_keys[static_cast<std::size_t>(key)]), key_pos);
            switch (key) {
            case 0:
                sections.section(PolicySection::review);
                break;
            case 1:
                sections.kinds();
                break;
            case 2:
                sections.section(PolicySection::distribution);
                break;
            case 3:
                sections.item(PolicyItem::reserve);
                break;
            case 4:
                sections.item(PolicyItem::connector_share);
                break;
            case 5:
                sections.section(PolicySection::network);
                break;
            }
        });
        sections.finish(digits_);
    }

    // One field's value into the record, or into `derived` when it has no setter.
    template <typename R> void value(const Field<R>& f, const std::string& key, R& r) {
        note(key, c_.peek_pos());
        const auto v = read_field_value(c_, f.key, f.type, f.may_be_negative, digits_);
        if (!v) return;
        if (f.set)
            f.set(r, *v);
        else
            s_.derived.insert_or_assign(key, *v);
    }

    template <typename R>
    void record(std::string_view what, std::span<const Field<R>> fields, R& r) {
        const RecordKeys<R> keys("statement " + std::string(what), {}, fields);
        read_mapping(c_, keys.table(), [&](int k, Pos) {
            const Field<R>& f = keys.field(k);
            value(f, std::string(what) + "." + std::string(f.key), r);
        });
    }

    // One list item's mapping: its name first, then every field; the places
    // are noted once the name is known.
    template <typename R>
    void item(std::string_view list, std::string_view name_key, std::span<const Field<R>> fields,
              R& r, std::string& name) {
        const RecordKeys<R> keys("statement " + std::string(name_key), name_key, fields);
        const Pos item_pos = c_.peek_pos();
        Pos name_pos;
        std::vector<std::pair<const Field<R>*, Pos>> seen;
        std::vector<std::pair<const Field<R>*, int128>> unset;
        read_mapping(c_, keys.table(), [&](int key, Pos) {
            const Pos at = c_.peek_pos();
            if (key == 0) {
                name_pos = at;
                const auto t = read_scalar(c_, name_key);
                if (t && !t->text.empty() && classify(*t) != PlainType::null)
                    name = std::string(t->text);
                else if (t)
                    c_.error(at, fmt::format("'{}' is empty", name_key));
                return;
            }
            const Field<R>& f = keys.field(key);
            seen.emplace_back(&f, at);
            const auto v = read_field_value(c_, f.key, f.type, f.may_be_negative, digits_);
            if (!v) return;
            if (f.set)
                f.set(r, *v);
            else
                unset.emplace_back(&f, *v);
        });
        if (name.empty()) return;
        const std::string prefix = std::string(list) + "." + name;
        if (const auto known = s_.places.find(prefix); known != s_.places.end()) {
            c_.error(name_pos, fmt::format("{} '{}' is listed twice (first at line {})", name_key,
                                           name, known->second.line));
            name.clear();
            return;
        }
        note(prefix, item_pos);
        for (const auto& [f, pos] : seen)
            note(prefix + "." + std::string(f->key), pos);
        for (const auto& [f, v] : unset)
            s_.derived.insert_or_assign(prefix + "." + std::string(f->key), v);
    }

    void pool() {
        Pool p;
        item<Pool>("pools", "pool", fields_of<Pool>(s_.version), p, p.name);
        if (p.name.empty()) return;
        p.general = p.name == general_pool_name;
        s_.table.pools.push_back(std::move(p));
    }

    void member() {
        MemberPayout m;
        item<MemberPayout>("members", "member", fields_of<MemberPayout>(s_.version), m, m.handle);
        if (!m.handle.empty()) s_.table.members.push_back(std::move(m));
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
    s.table.period = s.period;
    return s;
}

} // namespace coop
