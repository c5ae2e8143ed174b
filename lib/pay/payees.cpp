#include "pay/payees.hpp"

#include <fmt/format.h>

#include "model/layout.hpp"
#include "pay/bank_account.hpp"
#include "read/fields.hpp"
#include "read/yaml_cursor.hpp"
#include "util/string_pool.hpp"

namespace coop {

namespace {

constexpr std::string_view top_keys[] = {"payees"};
constexpr KeyTable top_table{"payees file", top_keys, 0b1};

constexpr std::string_view payee_keys[] = {"name", "iban", "bic"};
constexpr KeyAlias payee_aliases[] = {
    {"account", "iban"}, {"holder", "name"}, {"swift", "bic"}, {"bank", "bic"}};
constexpr KeyTable payee_table{"payee", payee_keys, 0b011, payee_aliases};

void read_payee(YamlCursor& c, Payee& p) {
    StringPool scratch;
    read_mapping(c, payee_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        const char* const names[] = {"name", "iban", "bic"};
        const auto text = read_text(c, names[key], scratch, true);
        if (!text) return;
        if (key == 0) {
            p.name = std::string(*text);
        } else if (key == 1) {
            p.iban = compact_iban(*text);
            if (const auto problem = iban_problem(p.iban))
                c.error(at, fmt::format("{}'s IBAN '{}' {}", p.handle, *text, *problem));
        } else {
            p.bic = std::string(*text);
            if (const auto problem = bic_problem(p.bic))
                c.error(at, fmt::format("{}'s BIC '{}' {}", p.handle, *text, *problem));
        }
    });
}

void read_payee_map(YamlCursor& c, Payees& out) {
    const Pos where = c.peek_pos();
    if (!c.enter_mapping()) {
        c.error(where, "'payees' must be a mapping of handles to bank details, like "
                       "alice: {name: Alice Martin, iban: DE89 3704 0044 0532 0130 00}");
        c.skip();
        return;
    }
    Scalar key;
    while (c.next_key(key)) {
        Payee p;
        p.handle = std::string(key.text);
        p.pos = key.pos;
        if (const auto problem = handle_problem(p.handle)) {
            c.error(key.pos, *problem);
            c.skip();
            continue;
        }
        if (const Payee* first = out.find(p.handle)) {
            c.error(key.pos, fmt::format("duplicate payee '{}' (first at line {})", p.handle,
                                         first->pos.line));
            c.skip();
            continue;
        }
        read_payee(c, p);
        out.payees.push_back(std::move(p));
    }
}

} // namespace

Payees read_payees(std::string_view text, const std::string& path, Diagnostics& diags) {
    Payees out;
    out.pos = {1, 1};
    YamlCursor c(text, path, diags);
    if (!c.begin_document()) {
        if (!c.failed())
            diags.error(path, 1, 1, "empty file; expected 'payees' and members' bank details");
        return out;
    }
    read_mapping(c, top_table, [&](int, Pos pos) {
        out.pos = pos;
        read_payee_map(c, out);
    });
    c.end_document();
    return out;
}

} // namespace coop
