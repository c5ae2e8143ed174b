// proposals/<YYYY>/<id>.yaml: one proposal, written by its proposer.
#include <fmt/format.h>

#include "read/fields.hpp"
#include "read/file_readers.hpp"

namespace coop {

namespace {

constexpr std::string_view proposal_keys[] = {"id",    "proposer", "date",
                                              "title", "reason",   "change"};
constexpr KeyAlias proposal_aliases[] = {
    {"author", "proposer"},   {"member", "proposer"}, {"by", "proposer"},
    {"summary", "title"},     {"name", "title"},      {"why", "reason"},
    {"motivation", "reason"}, {"changes", "change"},  {"day", "date"}};
constexpr KeyTable proposal_table{"proposal", proposal_keys, 0b101111, proposal_aliases};

// In the order of ChangeKind.
constexpr std::string_view change_keys[] = {"policy", "roles", "remove", "waive"};
constexpr KeyAlias change_aliases[] = {
    {"set", "policy"},     {"coop", "policy"},  {"role", "roles"},  {"grant", "roles"},
    {"removal", "remove"}, {"leave", "remove"}, {"waiver", "waive"}};
constexpr KeyTable change_table{"change", change_keys, 0, change_aliases};

constexpr std::string_view roles_keys[] = {"member", "roles"};
constexpr KeyAlias roles_aliases[] = {{"handle", "member"}, {"role", "roles"}};
constexpr KeyTable roles_table{"roles change", roles_keys, 0b11, roles_aliases};

constexpr std::string_view remove_keys[] = {"member", "left"};
constexpr KeyAlias remove_aliases[] = {{"handle", "member"}, {"date", "left"}, {"until", "left"}};
constexpr KeyTable remove_table{"remove change", remove_keys, 0b11, remove_aliases};

constexpr std::string_view waive_keys[] = {"commit", "rule"};
constexpr KeyAlias waive_aliases[] = {{"sha", "commit"}, {"finding", "rule"}};
constexpr KeyTable waive_table{"waive change", waive_keys, 0b11, waive_aliases};

bool is_policy_key(std::string_view k) {
    if (k.empty() || k.size() > 128 || k.front() == '.' || k.back() == '.') return false;
    char prev = '.';
    for (char ch : k) {
        const bool word = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
        if (!word && !(ch == '.' && prev != '.')) return false;
        prev = ch;
    }
    return true;
}

bool is_commit_prefix(std::string_view s) {
    return s.size() >= 7 && s.size() <= 40 &&
           s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// A setting's value as the proposal writes it: a scalar, or a flow list of scalars.
std::optional<std::string_view> read_setting_value(YamlCursor& c, std::string_view key,
                                                   StringPool& pool) {
    const Pos at = c.peek_pos();
    std::string text;
    bool ok = true;
    if (c.peek() == NodeKind::sequence) {
        std::vector<std::string> items;
        read_sequence(c, key, [&] {
            Scalar s;
            if (c.peek() != NodeKind::scalar || !c.scalar(s)) {
                ok = false;
                c.skip();
                return;
            }
            items.emplace_back(c.source(s));
        });
        text = fmt::format("[{}]", fmt::join(items, ", "));
    } else if (c.peek() == NodeKind::scalar) {
        Scalar s;
        c.scalar(s);
        text = std::string(c.source(s));
        if (classify(s) == PlainType::null) {
            c.error(at,
                    fmt::format("'{}' has no value; write the value coop.yaml should have", key));
            return std::nullopt;
        }
    } else {
        ok = false;
        c.skip();
    }
    if (!ok) {
        c.error(at, fmt::format("'{}' must be a value or a list of values; name a deeper key for "
                                "a mapping (like {}.name: value)",
                                key, key));
        return std::nullopt;
    }
    if (text.find('\n') != std::string::npos) {
        c.error(at, fmt::format("'{}' must be written on one line", key));
        return std::nullopt;
    }
    return pool.store(text);
}

void read_policy_change(YamlCursor& c, Proposal& p, StringPool& pool) {
    const Pos where = c.peek_pos();
    if (!c.enter_mapping()) {
        c.error(where, "'policy' must map keys of coop.yaml to their new values, like "
                       "{distribution.reserve: 12%}");
        c.skip();
        return;
    }
    Scalar key;
    bool ok = true;
    while (c.next_key(key)) {
        const std::string k(key.text);
        const Pos key_pos = key.pos;
        if (!is_policy_key(k)) {
            c.error(key_pos, fmt::format("'{}' is not a key of coop.yaml; write the keys from the "
                                         "top, joined by dots, like distribution.reserve",
                                         k));
            c.skip();
            ok = false;
            continue;
        }
        for (const PolicySetting& s : p.settings)
            if (s.key == k) {
                c.error(key_pos, fmt::format("duplicate key '{}' in policy (first at line {})", k,
                                             s.key_pos.line));
                ok = false;
            }
        const Pos value_pos = c.peek_pos();
        if (const auto v = read_setting_value(c, k, pool))
            p.settings.push_back({pool.store(k), *v, key_pos, value_pos});
        else
            ok = false;
    }
    if (p.settings.empty() && ok) {
        c.error(where, "'policy' must change at least one key of coop.yaml");
        ok = false;
    }
    p.change_ok = ok;
}

void read_roles_change(YamlCursor& c, Proposal& p, StringPool& pool) {
    bool ok = true;
    const auto seen = read_mapping(c, roles_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        if (key == 0) {
            p.member_pos = at;
            if (auto h = read_handle(c, "member", pool, true))
                p.member = *h;
            else
                ok = false;
            return;
        }
        p.roles_pos = at;
        std::vector<Pos> where;
        p.roles = read_text_list(c, "roles", pool, true, &where);
        for (std::size_t i = 0; i < p.roles.size(); ++i)
            if (p.roles[i] == "steward") {
                c.error(where[i], "'steward' is no longer a role: policy changes by proposal; "
                                  "the only role is treasurer");
                ok = false;
            } else if (p.roles[i] != "treasurer") {
                c.error(where[i], fmt::format("unknown role '{}' (known: treasurer)", p.roles[i]));
                ok = false;
            }
    });
    p.change_ok = ok && seen && (*seen & 0b11) == 0b11;
}

void read_remove_change(YamlCursor& c, Proposal& p, StringPool& pool) {
    bool ok = true;
    const auto seen = read_mapping(c, remove_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        if (key == 0) {
            p.member_pos = at;
            if (auto h = read_handle(c, "member", pool, true))
                p.member = *h;
            else
                ok = false;
            return;
        }
        p.left_pos = at;
        if (auto d = read_date(c, "left"))
            p.left = *d;
        else
            ok = false;
    });
    p.change_ok = ok && seen && (*seen & 0b11) == 0b11;
}

void read_waive_change(YamlCursor& c, Proposal& p, StringPool& pool) {
    bool ok = true;
    const auto seen = read_mapping(c, waive_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        // A commit id may be all digits: read as written, whatever YAML makes of it.
        const auto s = read_scalar(c, waive_keys[key]);
        const std::optional<std::string_view> t =
            s ? std::optional<std::string_view>(pool.store(s->text)) : std::nullopt;
        if (!t) {
            ok = false;
            return;
        }
        if (key == 0 && !is_commit_prefix(*t)) {
            c.error(at, fmt::format("'{}' is not a commit id: write 7 to 40 lowercase "
                                    "hexadecimal digits, as git log shows them",
                                    *t));
            ok = false;
        } else if (key == 1 &&
                   !(t->size() == 2 && (*t)[0] == 'O' && (*t)[1] >= '1' && (*t)[1] <= '6')) {
            c.error(at, fmt::format("unknown audit rule '{}' (known: O1, O2, O3, O4, O5, O6)", *t));
            ok = false;
        } else {
            (key == 0 ? p.commit : p.rule) = *t;
        }
    });
    p.change_ok = ok && seen && (*seen & 0b11) == 0b11;
}

void read_change(YamlCursor& c, Proposal& p, StringPool& pool) {
    p.change_pos = c.peek_pos();
    int kinds = 0;
    Pos second;
    const auto seen = read_mapping(c, change_table, [&](int key, Pos key_pos) {
        if (++kinds == 2) second = key_pos;
        p.kind = static_cast<ChangeKind>(key);
        switch (p.kind) {
        case ChangeKind::policy:
            read_policy_change(c, p, pool);
            break;
        case ChangeKind::roles:
            read_roles_change(c, p, pool);
            break;
        case ChangeKind::remove:
            read_remove_change(c, p, pool);
            break;
        case ChangeKind::waive:
            read_waive_change(c, p, pool);
            break;
        }
    });
    if (kinds > 1) {
        c.error(second, "a proposal makes one change: write one of policy, roles, remove or "
                        "waive, and make another proposal for the rest");
        p.change_ok = false;
    } else if (seen && kinds == 0) {
        c.error(p.change_pos, "'change' is empty; write one of policy, roles, remove or waive");
    }
}

} // namespace

void read_proposal_file(YamlCursor& c, const FileContext& ctx, FileResult& out) {
    Proposal p;
    p.file = ctx.id;
    p.id = out.pool.intern(ctx.where.id);
    p.pos = c.peek_pos();
    read_mapping(c, proposal_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        switch (key) {
        case 0:
            p.id_pos = at;
            if (auto t = read_text(c, "id", out.pool, true); t && *t != ctx.where.id)
                c.error(at, fmt::format("id '{}' does not match the file name; rename the file to "
                                        "proposals/{}/{}.yaml or write id: {}",
                                        *t, ctx.where.year, *t, ctx.where.id));
            break;
        case 1:
            p.proposer_pos = at;
            if (auto h = read_handle(c, "proposer", out.pool, true)) p.proposer = *h;
            break;
        case 2:
            p.date_pos = at;
            if (auto d = read_date(c, "date")) {
                p.date = *d;
                const auto in_id = parse_proposal_id(ctx.where.id);
                if (in_id && *in_id != *d)
                    c.error(at, fmt::format("date {} is not the date in the id {} ({}); a "
                                            "proposal's id starts with its date",
                                            format_date(*d), ctx.where.id, format_date(*in_id)));
                else if (d->year() != ctx.where.year)
                    c.error(at,
                            fmt::format("date {} is not in {}, the year of this folder; move "
                                        "the file to proposals/{}/{}.yaml",
                                        format_date(*d), ctx.where.year, d->year(), ctx.where.id));
            }
            break;
        case 3:
            if (auto t = read_text(c, "title", out.pool, true)) p.title = *t;
            break;
        case 4:
            if (auto t = read_text(c, "reason", out.pool, false)) p.reason = *t;
            break;
        case 5:
            read_change(c, p, out.pool);
            break;
        }
    });
    if (!p.proposer.empty() && p.date.ymd) out.proposals.push_back(std::move(p));
}

} // namespace coop
