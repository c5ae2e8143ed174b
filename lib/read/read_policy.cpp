#include <fmt/format.h>

#include "model/duration.hpp"
#include "model/money.hpp"
#include "pay/bank_account.hpp"
#include "read/fields.hpp"
#include "read/file_readers.hpp"
#include "read/policy_sections.hpp"

namespace coop {

namespace {

constexpr std::string_view top_keys[] = {
    "coop",  "name",       "currency", "period",   "review",  "kinds", "distribution",
    "rules", "governance", "monitor",  "projects", "network", "payer"};
constexpr KeyAlias top_aliases[] = {
    {"version", "coop"}, {"cadence", "period"}, {"weights", "kinds"}, {"policy", "rules"}};
constexpr KeyTable top_table{"coop.yaml", top_keys, 0b00001111111, top_aliases};

constexpr std::string_view payer_keys[] = {"name", "iban", "bic"};
constexpr KeyAlias payer_aliases[] = {{"account", "iban"}, {"swift", "bic"}, {"bank", "bic"}};
constexpr KeyTable payer_table{"payer", payer_keys, 0b010, payer_aliases};

constexpr std::string_view rules_keys[] = {"max-time-per-day", "signed-commits"};
constexpr KeyTable rules_table{"rules", rules_keys, 0};

// coop: 2's map of project names to what they are.
void read_projects(YamlCursor& c, Policy& p) {
    const Pos where = c.peek_pos();
    if (!c.enter_mapping()) {
        c.error(where, "'projects' must be a mapping of project names to what they are, like "
                       "website: Customer websites");
        c.skip();
        return;
    }
    Scalar key;
    while (c.next_key(key)) {
        const std::string name(key.text);
        const Pos pos = key.pos;
        std::string problem;
        if (name == "general")
            problem = "'general' names the pool of all work; choose another project name";
        else if (!is_project(name))
            problem = fmt::format("'{}' is not a valid project name (lowercase letters, digits "
                                  "and dashes, at most 64)",
                                  name);
        for (const Project& known : p.projects)
            if (known.name == name) problem = fmt::format("duplicate project '{}'", name);
        if (!problem.empty()) {
            c.error(pos, problem);
            c.skip();
            continue;
        }
        StringPool scratch;
        const auto text = read_text(c, name, scratch, false);
        p.projects.push_back({name, text ? std::string(*text) : std::string()});
    }
}

// The co-op's own account: what coop pay pays from (SPEC 9).
void read_payer(YamlCursor& c, Policy& p) {
    StringPool scratch;
    p.payer.given = true;
    read_mapping(c, payer_table, [&](int key, Pos) {
        const Pos at = c.peek_pos();
        const char* const names[] = {"name", "iban", "bic"};
        const auto text = read_text(c, names[key], scratch, true);
        if (!text) return;
        if (key == 0) {
            p.payer.name = std::string(*text);
        } else if (key == 1) {
            p.payer.iban = compact_iban(*text);
            if (const auto problem = iban_problem(p.payer.iban))
                c.error(at, fmt::format("the payer's IBAN '{}' {}", *text, *problem));
        } else {
            p.payer.bic = std::string(*text);
            if (const auto problem = bic_problem(p.payer.bic))
                c.error(at, fmt::format("the payer's BIC '{}' {}", *text, *problem));
        }
    });
}

void read_rules(YamlCursor& c, Policy& p) {
    read_mapping(c, rules_table, [&](int k, Pos) {
        if (k == 1) {
            if (auto b = read_bool(c, "signed-commits")) p.signed_commits = *b;
            return;
        }
        const auto s = read_scalar(c, "max-time-per-day");
        if (!s) return;
        const auto d = parse_duration(s->text);
        if (const auto* minutes = std::get_if<std::int32_t>(&d);
            minutes && *minutes >= 1 && *minutes <= minutes_per_day)
            p.max_minutes_per_day = *minutes;
        else
            c.error(s->pos, fmt::format("'max-time-per-day' must be a duration from 1m to 24h, "
                                        "like 16h, not '{}'",
                                        s->text));
    });
}

} // namespace

PolicyHealth read_policy_file(YamlCursor& c, Policy& p, Diagnostics& diags) {
    PolicyHealth health;
    health.read = true;
    // Whether reading one section added an error.
    const auto section_ok = [&](auto&& read) {
        const std::size_t before = diags.error_count();
        read();
        return diags.error_count() == before;
    };
    PolicySectionReader sections(c, p);
    Pos projects_pos;
    read_mapping(c, top_table, [&](int key, Pos key_pos) {
        switch (key) {
        case 0: {
            const Pos at = c.peek_pos();
            if (auto v = read_integer(c, "coop")) {
                if (*v == 1 || *v == 2)
                    p.version = static_cast<int>(*v);
                else
                    c.error(at, fmt::format("unsupported format version {} (this coop reads "
                                            "versions 1 and 2)",
                                            *v));
            }
            break;
        }
        case 1: {
            StringPool scratch;
            if (auto t = read_text(c, "name", scratch, true)) p.name = std::string(*t);
            break;
        }
        case 2:
            if (auto s = read_scalar(c, "currency")) {
                if (auto digits = currency_minor_digits(s->text)) {
                    p.currency = std::string(s->text);
                    p.minor_digits = *digits;
                } else
                    c.error(s->pos, fmt::format("unknown currency '{}' (an ISO 4217 code such "
                                                "as EUR, USD or JPY)",
                                                s->text));
            }
            break;
        case 3:
            if (auto s = read_scalar(c, "period")) {
                if (s->text == "monthly")
                    p.period = Cadence::monthly;
                else if (s->text == "quarterly")
                    p.period = Cadence::quarterly;
                else
                    c.error(s->pos, fmt::format("unknown period '{}' (known: monthly, "
                                                "quarterly)",
                                                s->text));
            }
            break;
        case 4:
            sections.section(PolicySection::review);
            break;
        case 5:
            health.kinds_ok = section_ok([&] { sections.kinds(); });
            break;
        case 6:
            sections.section(PolicySection::distribution);
            break;
        case 7:
            health.rules_ok = section_ok([&] { read_rules(c, p); });
            break;
        case 8:
            read_governance(c, p.governance);
            break;
        case 9:
            read_monitor_policy(c, p.monitor);
            break;
        case 10:
            projects_pos = key_pos;
            health.projects_ok = section_ok([&] { read_projects(c, p); });
            break;
        case 11:
            read_network(c, sections, p);
            break;
        case 12:
            read_payer(c, p);
            break;
        }
    });
    sections.finish(p.minor_digits);
    if (projects_pos.line && p.version < 2)
        c.error(projects_pos, "'projects' needs format version 2: write coop: 2 (a coop: 1 "
                              "ledger names projects freely)");
    if (!health.kinds_ok || p.kinds.empty()) health.kinds_ok = false;
    return health;
}

} // namespace coop
