#include "write/revenue_entry.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/error.hpp"
#include "model/layout.hpp"
#include "model/money.hpp"
#include "read/fields.hpp"
#include "read/partial_reader.hpp"
#include "write/ids.hpp"
#include "write/ledger_facts.hpp"
#include "write/yaml_text.hpp"

namespace coop {

namespace {

void require_treasurer(const std::filesystem::path& root, const std::string& me) {
    PartialRead what;
    what.files.push_back(member_path(me));
    Diagnostics ignored;
    const Ledger l = read_partial_ledger(root, what, ignored);
    const Member* m = l.find_member(me);
    if (!m || !m->treasurer)
        throw Error(ErrorKind::ledger,
                    fmt::format("only treasurers write revenue/: {} has no role treasurer in "
                                "{}",
                                me, member_path(me)));
}

// slug, slug-2, slug-3...: at most 16 characters.
std::string numbered(const std::string& slug, int n) {
    if (n == 1) return slug;
    const std::string tail = fmt::format("-{}", n);
    std::string base = slug.substr(0, 16 - tail.size());
    while (!base.empty() && base.back() == '-')
        base.pop_back();
    return base + tail;
}

std::string amount_text(const std::string& typed, const Policy& policy) {
    const AmountParse a = parse_amount(typed, policy.minor_digits);
    if (a.error == AmountError::none)
        return yaml_double_quoted(format_money(a.money, policy.minor_digits));
    return yaml_double_quoted(typed); // the reader says what is wrong with it
}

} // namespace

Outcome add_revenue(const std::filesystem::path& root, const RevenueRequest& r,
                    const WriteOptions& options) {
    for (const auto* text : {&r.amount, &r.party, &r.project, &r.connector, &r.memo, &r.id_suffix,
                             &r.circle, &r.source_commit, &r.source_statement})
        require_utf8(*text, "an argument");
    require_treasurer(root, r.me);
    const bool income = r.type == RevenueType::income;
    refuse_closed(root, r.date, income ? "the income" : "the expense");

    const std::string target = revenue_path(r.me, r.date);
    // What one more revenue entry can change, rule by rule:
    // - its fields (amount precision, project, id form...): the target file
    //   and coop.yaml;
    // - the treasurer's role: members/<me>.yaml;
    // - its connector's membership on its date: members/<connector>.yaml;
    // - unique ids: rev-<yyyymmdd>-<suffix> fixes the month, so the month's
    //   revenue files (every treasurer's, and the v1 file); no contribution
    //   id starts with 'rev' (a handle never does);
    // - nothing else refers to revenue entries.
    // Connectors already in the month's files are read too, against false alarms.
    Scope scope;
    scope.owner = r.me;
    scope.files = revenue_files(root, r.date);
    scope.files.push_back(member_path(r.me));
    if (is_handle(r.connector)) scope.files.push_back(member_path(r.connector));
    scope.named_by_target = [](const Ledger& l, std::vector<std::string>& files) {
        for (const RevenueEntry& e : l.revenue)
            if (!e.connector.empty()) files.push_back(member_path(e.connector));
    };

    std::string id;
    const DraftFn draft = [&](const std::optional<std::string>& current, const Ledger& now) {
        const std::string prefix = revenue_id_prefix(r.date);
        const auto taken = [&](const std::string& candidate) {
            return std::any_of(now.revenue.begin(), now.revenue.end(),
                               [&](const RevenueEntry& e) { return e.id == candidate; });
        };
        if (!r.id_suffix.empty()) {
            id = prefix + r.id_suffix; // a clash is reported as a duplicate id
        } else {
            const std::string slug = party_slug(r.party);
            for (int n = 1;; ++n) {
                id = prefix + numbered(slug, n);
                if (!taken(id)) break;
            }
        }
        std::string entry =
            fmt::format("- id: {}\n  date: {}\n  type: {}\n  amount: {}\n  party: {}\n",
                        yaml_scalar(id), format_date(r.date), income ? "income" : "expense",
                        amount_text(r.amount, now.policy), yaml_scalar(r.party));
        if (!r.project.empty()) entry += fmt::format("  project: {}\n", yaml_scalar(r.project));
        if (!r.connector.empty())
            entry += fmt::format("  connector: {}\n", yaml_scalar(r.connector));
        if (!r.circle.empty()) entry += fmt::format("  circle: {}\n", yaml_scalar(r.circle));
        if (!r.source_commit.empty())
            entry += fmt::format("  source: {{commit: {}, statement: {}}}\n",
                                 yaml_double_quoted(r.source_commit),
                                 yaml_double_quoted(r.source_statement));
        if (!r.memo.empty()) entry += fmt::format("  memo: {}\n", yaml_scalar(r.memo));
        const std::string header =
            fmt::format("# yaml-language-server: $schema=../../../schema/revenue.schema.json\n"
                        "treasurer: {}\nentries:\n",
                        r.me);
        Draft d;
        d.change = append_entry(current, header, entry);
        const AmountParse a = parse_amount(r.amount, now.policy.minor_digits);
        d.message = fmt::format("{}: {} {} {}", income ? "revenue" : "expense", r.me,
                                a.error == AmountError::none
                                    ? format_money(a.money, now.policy.minor_digits)
                                    : r.amount,
                                r.party);
        d.result = id;
        return d;
    };
    const ConfirmFn confirm = [&](const Ledger& after, FileId file) {
        const AmountParse a = parse_amount(r.amount, after.policy.minor_digits);
        for (const RevenueEntry& e : after.revenue)
            if (e.file == file && e.id == id)
                return a.error == AmountError::none && e.amount == a.money && e.date == r.date &&
                       e.type == r.type && e.party == r.party && e.project == r.project &&
                       e.connector == r.connector && e.memo == r.memo && e.circle == r.circle &&
                       e.source_commit == r.source_commit &&
                       e.source_statement == r.source_statement;
        return false;
    };
    return write_change(root, target, scope, draft, confirm, options);
}

} // namespace coop
