// coop circle verify: O4 across repositories. Each fetched tag's statement is
// recomputed at its commit from the circle's own ledger there, by the same
// code that checks the global's own statements.
#include <algorithm>

#include <fmt/format.h>

#include "git/tree_source.hpp"
#include "git/trees.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "network/circles.hpp"
#include "read/policy_sections.hpp"
#include "statement/check.hpp"
#include "validate/validate.hpp"

namespace coop::network {

std::string upstream_rate_text(std::int64_t rate) {
    Policy p;
    p.distribution.upstream = rate;
    return policy_item_text(p, PolicyItem::upstream, 2);
}

namespace {

// The first error of `diags`, as path:line:col: message.
std::string first_error(const Diagnostics& diags) {
    for (const Diagnostic& d : diags.items())
        if (d.severity == Severity::error)
            return d.line ? fmt::format("{}:{}:{}: {}", d.path, d.line, d.column, d.message)
                          : fmt::format("{}: {}", d.path, d.message);
    return {};
}

// The period a booked statement blob states, when the blob was fetched.
std::optional<Period> booked_period(git_repository* repo, std::string_view blob, int digits) {
    git_oid id;
    const std::string hex(blob);
    if (git_oid_fromstr(&id, hex.c_str()) < 0) return std::nullopt;
    git_blob* raw = nullptr;
    if (git_blob_lookup(&raw, repo, &id) < 0) return std::nullopt;
    const git::Blob owned(raw);
    const std::string text(static_cast<const char*>(git_blob_rawcontent(raw)),
                           static_cast<std::size_t>(git_blob_rawsize(raw)));
    Diagnostics ignored;
    const Statement s = read_statement(text, "statement", digits, ignored);
    if (ignored.has_errors()) return std::nullopt;
    return s.period;
}

CircleStatement verify_tag(git_repository* repo, const Circle& circle, const Policy& global,
                           const Period& period, const std::string& commit_hex) {
    CircleStatement out;
    out.period = period;
    out.commit = commit_hex;
    const std::string tag = "coop/" + format_period(period);
    git::Commit commit;
    try {
        commit = git::resolve_commit(repo, commit_hex);
    } catch (const Error&) {
        out.problems.push_back(
            fmt::format("tag {} names {}, which is not a commit", tag, git::short_hex(commit_hex)));
        return out;
    }
    out.commit = git::hex(*git_commit_id(commit.get()));
    const git::Tree tree = git::commit_tree(commit.get());
    const std::string path = statement_path(format_period(period));
    const auto blob = git::blob_id(tree.get(), path);
    if (!blob) {
        out.problems.push_back(fmt::format("tag {} names commit {}, which has no {}", tag,
                                           git::short_hex(out.commit), path));
        return out;
    }
    out.statement = git::hex(*blob);

    Diagnostics diags;
    const Ledger ledger = git::read_ledger_at(repo, tree.get(), diags);
    validate(ledger, diags);
    diags.sort();
    if (diags.has_errors())
        out.problems.push_back(fmt::format("the circle's ledger at {} does not validate: {} "
                                           "error{}, the first {}",
                                           git::short_hex(out.commit), diags.error_count(),
                                           diags.error_count() == 1 ? "" : "s",
                                           first_error(diags)));
    PayoutChain chain(ledger);
    const StatementCheck check = check_statement(chain, ledger, git::blob_text(repo, *blob), path);
    if (check.problems.has_errors()) {
        out.problems.push_back(
            fmt::format("{} is not a payout statement: {}", path, first_error(check.problems)));
        return out;
    }
    const Statement& s = *check.statement;
    out.upstream = s.table.totals.upstream;
    out.rate = s.policy.distribution.upstream;
    if (s.currency != global.currency)
        out.problems.push_back(fmt::format("its currency is {}, the global network's {}",
                                           s.currency, global.currency));
    if (s.period != period)
        out.problems.push_back(
            fmt::format("tag {} names a statement of {}", tag, format_period(s.period)));
    if (!check.failure.empty())
        out.problems.push_back(fmt::format("{} cannot be recomputed at {}: {}", path,
                                           git::short_hex(out.commit), check.failure));
    for (const Diagnostic& d : check.differences.items())
        if (d.severity == Severity::error)
            out.problems.push_back(fmt::format("{}:{}:{}: differs from its recomputation at {}: "
                                               "{}",
                                               path, d.line, d.column, git::short_hex(out.commit),
                                               d.message));
    if (out.rate != circle.upstream)
        out.problems.push_back(fmt::format("its upstream rate is {}, but {} was agreed (coop.yaml "
                                           "network.circles.{}.upstream)",
                                           upstream_rate_text(out.rate),
                                           upstream_rate_text(circle.upstream), circle.name));
    return out;
}

} // namespace

std::vector<CircleVerdict> verify_circles(git_repository* repo, const Ledger& global,
                                          const std::vector<std::string>& only) {
    for (const std::string& name : only)
        if (!global.policy.network.find_circle(name))
            throw Error(ErrorKind::usage,
                        fmt::format("'{}' is not a circle of coop.yaml's network", name));
    std::vector<CircleVerdict> out;
    for (const Circle& circle : global.policy.network.circles) {
        if (!only.empty() && std::find(only.begin(), only.end(), circle.name) == only.end())
            continue;
        CircleVerdict v;
        v.circle = &circle;
        for (const RevenueEntry& e : global.revenue)
            if (e.circle == circle.name && !e.source_statement.empty())
                v.bookings.push_back(
                    {&e, booked_period(repo, e.source_statement, global.policy.minor_digits)});
        const auto tags = fetched_tags(repo, circle.name);
        v.fetched = !tags.empty();
        for (const auto& [name, id] : tags) {
            const auto period = parse_period(name);
            if (!period) continue; // not a tag coop close makes
            CircleStatement s = verify_tag(repo, circle, global.policy, *period, id);
            for (const Booking& b : v.bookings) {
                if (!b.period || *b.period != *period) continue;
                s.booked.push_back(b.entry);
                if (b.entry->source_commit != s.commit)
                    s.problems.insert(
                        s.problems.begin(),
                        fmt::format("tag coop/{} moved since it was booked in {}: booked at {}, "
                                    "now at {}",
                                    name, b.entry->id, git::short_hex(b.entry->source_commit),
                                    git::short_hex(s.commit)));
            }
            v.statements.push_back(std::move(s));
        }
        std::sort(v.statements.begin(), v.statements.end(),
                  [](const CircleStatement& a, const CircleStatement& b) {
                      return a.period.first_day() < b.period.first_day();
                  });
        out.push_back(std::move(v));
    }
    return out;
}

const CircleStatement* statement_of(const CircleVerdict& v, const Period& period) {
    for (const CircleStatement& s : v.statements)
        if (s.period == period) return &s;
    return nullptr;
}

} // namespace coop::network
