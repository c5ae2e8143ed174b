// coop circle book and coop circle status: the upstream of each circle's
// verified statements as income of the global ledger, and where each circle
// stands.
#include <fmt/format.h>

#include "git/trees.hpp"
#include "model/error.hpp"
#include "network/circles.hpp"
#include "statement/statement.hpp"
#include "write/revenue_entry.hpp"

namespace coop::network {

namespace {

// lyon-202611: the circle's name (cut to fit) and the period, at most 16.
std::string id_suffix(const std::string& circle, const Period& period) {
    std::string p = format_period(period);
    std::erase(p, '-');
    for (char& ch : p)
        if (ch == 'Q') ch = 'q';
    std::string base = circle.substr(0, 16 - 1 - p.size());
    while (!base.empty() && base.back() == '-')
        base.pop_back();
    return base + "-" + p;
}

} // namespace

std::vector<BookResult> book_circles(const std::filesystem::path& ledger_root, git_repository* repo,
                                     const Ledger& global, const BookRequest& r,
                                     const WriteOptions& options) {
    const int d = global.policy.minor_digits;
    const std::string period = format_period(r.period);
    std::vector<BookResult> out;
    for (const CircleVerdict& v : verify_circles(repo, global, r.only)) {
        BookResult b;
        b.circle = v.circle->name;
        const CircleStatement* s = statement_of(v, r.period);
        if (!v.fetched) {
            b.reason = "not fetched yet: run coop circle fetch";
        } else if (!s) {
            b.reason = fmt::format("no statement of {} fetched", period);
        } else if (!s->booked.empty()) {
            b.reason = fmt::format("already booked in {}", s->booked.front()->id);
            if (!s->verifies()) {
                b.reason += fmt::format(", and it does not verify: {}", s->problems.front());
                b.failed = true;
            }
        } else if (!s->verifies()) {
            b.reason =
                fmt::format("not booked: its statement does not verify: {}", s->problems.front());
            b.failed = true;
        } else if (s->upstream.minor <= 0) {
            b.reason = fmt::format("its upstream of {} is {}: nothing to book", period,
                                   format_money(s->upstream, d));
        } else {
            RevenueRequest e;
            e.me = r.me;
            e.type = RevenueType::income;
            e.amount = format_money(s->upstream, d);
            e.party = "circle " + v.circle->name;
            e.memo = fmt::format("upstream of circle {}, {}", v.circle->name, period);
            e.id_suffix = id_suffix(v.circle->name, r.period);
            e.date = r.date;
            e.circle = v.circle->name;
            e.source_commit = s->commit;
            e.source_statement = s->statement;
            const Outcome o = add_revenue(ledger_root, e, options);
            if (o.refused) {
                b.failed = true;
                b.reason = o.problems.items().empty()
                               ? o.refusal
                               : fmt::format("refused: {}", o.problems.items().front().message);
            } else {
                b.id = o.result;
                b.amount = s->upstream;
                b.commit = o.commit;
            }
        }
        out.push_back(std::move(b));
    }
    return out;
}

std::vector<CircleStatus> circle_status(git_repository* repo, const Ledger& global) {
    std::vector<CircleStatus> out;
    for (const CircleVerdict& v : verify_circles(repo, global)) {
        CircleStatus s;
        s.circle = v.circle->name;
        s.repo = v.circle->repo;
        s.rate = v.circle->upstream;
        s.fetched = v.fetched;
        for (const Booking& b : v.bookings)
            if (b.entry->type == RevenueType::income)
                s.booked = Money{s.booked.minor + b.entry->amount.minor};
        for (const CircleStatement& st : v.statements) {
            s.last_closed = st.period;
            if (!st.verifies()) {
                ++s.unverified;
                continue;
            }
            s.last_verified = st.period;
            if (st.booked.empty()) s.pending = Money{s.pending.minor + st.upstream.minor};
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<SourceProblem> check_sources(git_repository* repo, const Ledger& global) {
    std::vector<SourceProblem> out;
    const int d = global.policy.minor_digits;
    for (const RevenueEntry& e : global.revenue) {
        if (e.source_commit.empty() || e.circle.empty()) continue;
        const std::string commit_hex(e.source_commit);
        const std::string blob_hex(e.source_statement);
        const auto problem = [&](std::string message) {
            out.push_back({&e, fmt::format("{}: {}", e.id, message)});
        };
        if (fetched_tags(repo, e.circle).empty()) {
            problem(fmt::format("circle {} is not fetched, so its source cannot be checked: run "
                                "coop circle fetch",
                                e.circle));
            continue;
        }
        git_oid id;
        git_commit* raw = nullptr;
        if (git_oid_fromstr(&id, commit_hex.c_str()) < 0 ||
            git_commit_lookup(&raw, repo, &id) < 0) {
            problem(fmt::format("its source commit {} is not in the fetched circle {}",
                                git::short_hex(commit_hex), e.circle));
            continue;
        }
        const git::Commit commit(raw);
        const git::Tree tree = git::commit_tree(commit.get());
        const git::Tree payouts = git::subtree(repo, tree.get(), "payouts");
        std::string held;
        for (std::size_t i = 0; payouts && i < git_tree_entrycount(payouts.get()); ++i) {
            const git_tree_entry* te = git_tree_entry_byindex(payouts.get(), i);
            if (git::hex(*git_tree_entry_id(te)) == blob_hex) held = git_tree_entry_name(te);
        }
        if (held.empty()) {
            problem(fmt::format("commit {} of circle {} holds no statement {}",
                                git::short_hex(commit_hex), e.circle, git::short_hex(blob_hex)));
            continue;
        }
        git_oid blob;
        git_oid_fromstr(&blob, blob_hex.c_str());
        Diagnostics diags;
        const Statement s = read_statement(git::blob_text(repo, blob), "payouts/" + held, d, diags);
        if (diags.has_errors()) {
            problem(fmt::format("payouts/{} at commit {} of circle {} is not a payout statement",
                                held, git::short_hex(commit_hex), e.circle));
            continue;
        }
        if (e.type != RevenueType::income || e.amount != s.table.totals.upstream)
            problem(fmt::format("{} {} is not the upstream {} of circle {}'s statement of {}",
                                e.type == RevenueType::income ? "income" : "expense",
                                format_money(e.amount, d), format_money(s.table.totals.upstream, d),
                                e.circle, format_period(s.period)));
    }
    return out;
}

} // namespace coop::network
