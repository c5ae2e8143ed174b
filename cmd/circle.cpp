// coop circle add/fetch/verify/book/status: the global network's side of
// SPEC 8. Adding a circle changes coop.yaml, so it is a proposal; the rest
// reads the circles' ledgers fetched into this repository.
#include <memory>

#include <fmt/format.h>

#include "git/trees.hpp"
#include "globals.hpp"
#include "ledger_load.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "network/circles.hpp"
#include "table_output.hpp"
#include "util/json.hpp"
#include "write/governance_entry.hpp"
#include "write/when.hpp"
#include "write_output.hpp"

namespace coop::cli {

namespace {

struct CircleArgs {
    std::string name;
    std::string repo;
    std::string upstream;
    std::vector<std::string> connectors;
    std::string title;
    std::string reason;
    WriteFlags add_flags;
    std::vector<std::string> only;
    std::string period;
    WriteFlags book_flags;
};

// `coop circle add`: a policy proposal setting network.circles.NAME.
ProposeRequest add_request(const CircleArgs& a) {
    ProposeRequest r;
    r.kind = ChangeKind::policy;
    r.title =
        a.title.empty() ? fmt::format("Add circle {} at {} upstream", a.name, a.upstream) : a.title;
    r.reason = a.reason;
    r.name = "circle-" + a.name;
    if (r.name.size() > 24) r.name.clear(); // from the title
    const std::string key = "network.circles." + a.name;
    r.settings.emplace_back(key + ".repo", a.repo);
    r.settings.emplace_back(key + ".upstream", a.upstream);
    if (!a.connectors.empty())
        r.settings.emplace_back(key + ".connectors",
                                fmt::format("[{}]", fmt::join(a.connectors, ", ")));
    return r;
}

void run_fetch(Globals& g, const CircleArgs& a) {
    const LoadedLedger loaded = load_valid_ledger(g);
    if (loaded.ledger.policy.network.circles.empty())
        throw Error(ErrorKind::usage, "coop.yaml's network lists no circles: add one with coop "
                                      "circle add NAME --repo URL --upstream PCT");
    const git::Repository repo = git::open_for(loaded.root, "coop circle fetch");
    const auto results =
        network::fetch_circles(repo.get(), loaded.root, loaded.ledger.policy, a.only);
    bool failed = false;
    for (const network::FetchResult& r : results) {
        if (!r.error.empty()) {
            failed = true;
            fmt::print(stderr, "coop: error: circle {}: cannot fetch {}: {}\n", r.circle, r.url,
                       r.error);
            continue;
        }
        int fresh = 0, moved = 0;
        for (const network::TagUpdate& t : r.tags) {
            if (t.before == t.after) continue;
            if (t.before.empty()) {
                ++fresh;
                if (!g.quiet)
                    fmt::print("{}: coop/{} {} (new)\n", r.circle, t.period,
                               git::short_hex(t.after));
            } else {
                ++moved;
                fmt::print("{}: coop/{} moved from {} to {}\n", r.circle, t.period,
                           git::short_hex(t.before), git::short_hex(t.after));
            }
        }
        if (!g.quiet)
            fmt::print("{}: {} tag{} from {}: {} new, {} moved\n", r.circle, r.tags.size(),
                       r.tags.size() == 1 ? "" : "s", r.url, fresh, moved);
    }
    if (failed) g.exit_code = 3;
}

void run_verify(Globals& g, const CircleArgs& a) {
    const LoadedLedger loaded = load_valid_ledger(g);
    const git::Repository repo = git::open_for(loaded.root, "coop circle verify");
    const int d = loaded.ledger.policy.minor_digits;
    bool failed = false;
    for (const network::CircleVerdict& v :
         network::verify_circles(repo.get(), loaded.ledger, a.only)) {
        const std::string& name = v.circle->name;
        if (!v.fetched) {
            failed = true;
            fmt::print("{}: error: not fetched yet: run coop circle fetch\n", name);
            continue;
        }
        for (const network::CircleStatement& s : v.statements) {
            const std::string where = fmt::format("{} coop/{} {}", name, format_period(s.period),
                                                  git::short_hex(s.commit));
            if (s.verifies()) {
                if (!g.quiet)
                    fmt::print("{}: verified: upstream {} at {}{}\n", where,
                               format_money(s.upstream, d), network::upstream_rate_text(s.rate),
                               s.booked.empty() ? ""
                                                : ", booked in " + std::string(s.booked[0]->id));
                continue;
            }
            failed = true;
            for (const std::string& p : s.problems)
                fmt::print("{}: error: {}\n", where, p);
        }
    }
    g.exit_code = failed ? 1 : 0;
}

void run_book(Globals& g, const CircleArgs& a) {
    const LoadedLedger loaded = load_valid_ledger(g);
    const git::Repository repo = git::open_for(loaded.root, "coop circle book");
    network::BookRequest r;
    r.me = who_am_i(loaded.root, a.book_flags);
    r.period = parse_period_option(a.period);
    r.date = past_date_flag(a.book_flags, "a booking");
    r.only = a.only;
    const int d = loaded.ledger.policy.minor_digits;
    bool failed = false;
    const std::string period = format_period(r.period);
    for (const network::BookResult& b :
         network::book_circles(loaded.root, repo.get(), loaded.ledger, r, a.book_flags.options())) {
        if (!b.id.empty()) {
            fmt::print(
                "{} {}: {} {} {}{}\n", b.circle, period,
                a.book_flags.dry_run ? "would book" : "booked", b.id, format_money(b.amount, d),
                b.commit.empty() ? "" : fmt::format(" (commit {})", git::short_hex(b.commit)));
            continue;
        }
        failed = failed || b.failed;
        fmt::print("{} {}: {}{}\n", b.circle, period, b.failed ? "error: " : "", b.reason);
    }
    g.exit_code = failed ? 1 : 0;
}

void run_status(Globals& g) {
    const LoadedLedger loaded = load_valid_ledger(g);
    const git::Repository repo = git::open_for(loaded.root, "coop circle status");
    const int d = loaded.ledger.policy.minor_digits;
    const auto rows = network::circle_status(repo.get(), loaded.ledger);
    const auto period = [](const std::optional<Period>& p) {
        return p ? format_period(*p) : std::string();
    };
    if (g.output_format() == Format::json) {
        std::string out = "[";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const network::CircleStatus& s = rows[i];
            const auto opt = [&](const std::optional<Period>& p) {
                return p ? json_string(format_period(*p)) : std::string("null");
            };
            out += fmt::format(
                R"({}{{"circle": {}, "repo": {}, "upstream": {}, "fetched": {}, )"
                R"("last-closed": {}, "last-verified": {}, "booked": {}, "pending": {}, )"
                R"("unverified": {}}})",
                i ? ",\n  " : "\n  ", json_string(s.circle), json_string(s.repo),
                json_string(network::upstream_rate_text(s.rate)), s.fetched ? "true" : "false",
                opt(s.last_closed), opt(s.last_verified), json_string(format_money(s.booked, d)),
                json_string(format_money(s.pending, d)), s.unverified);
        }
        fmt::print("{}{}]\n", out, rows.empty() ? "" : "\n");
        return;
    }
    Table t;
    t.columns = {{"circle"},
                 {"upstream", Align::right},
                 {"last closed"},
                 {"last verified"},
                 {"booked", Align::right},
                 {"pending", Align::right},
                 {"unverified", Align::right},
                 {"repo"}};
    for (const network::CircleStatus& s : rows)
        t.rows.push_back({s.circle, network::upstream_rate_text(s.rate),
                          s.fetched ? period(s.last_closed) : "not fetched",
                          period(s.last_verified), format_money(s.booked, d),
                          format_money(s.pending, d), std::to_string(s.unverified), s.repo});
    if (g.output_format() == Format::csv)
        fmt::print("{}", render_csv(t));
    else if (g.output_format() == Format::markdown)
        fmt::print("{}", render_markdown(t));
    else
        fmt::print("{}", render_text(t, g.color_on(1)));
}

} // namespace

void setup_circle(CLI::App& app, Globals& g) {
    auto args = std::make_shared<CircleArgs>();
    auto* cmd = app.add_subcommand("circle", "The glocal network: circles with their own ledgers");
    cmd->require_subcommand(1);

    auto* add = cmd->add_subcommand(
        "add", "Propose a new circle: network.circles.NAME = {repo, upstream} in coop.yaml");
    add->add_option("NAME", args->name, "The circle's name: a-z, 0-9 and '-', up to 32")
        ->required();
    add->add_option("--repo", args->repo, "Where its ledger is: a path or a git URL")
        ->option_text("URL")
        ->required();
    add->add_option("--upstream", args->upstream, "The agreed upstream rate, like 10%")
        ->option_text("PCT")
        ->required();
    add->add_option("--connector", args->connectors, "A member who runs the circle (repeatable)")
        ->option_text("HANDLE")
        ->allow_extra_args(false);
    add->add_option("--title", args->title, "The proposal's title (default: Add circle NAME ...)")
        ->option_text("TEXT");
    add->add_option("--reason", args->reason, "Why")->option_text("TEXT");
    add_write_flags(add, args->add_flags, true, true, "The proposal's date");
    add->footer("coop.yaml changes by proposal (SPEC 6): this writes the proposal, which counts "
                "as your consent; once it passes, coop enact ID writes the circle into "
                "coop.yaml. Prints the proposal's id.");
    add->callback([&g, args] {
        const auto root = g.ledger_root();
        if (!is_handle_form(args->name) || args->name.size() > 32)
            throw Error(ErrorKind::usage,
                        fmt::format("'{}' cannot name a circle: a lowercase letter, then "
                                    "lowercase letters, digits and dashes, at most 32",
                                    args->name));
        ProposeRequest r = add_request(*args);
        r.me = who_am_i(root, args->add_flags);
        r.date = past_date_flag(args->add_flags, "a proposal");
        show_outcome(g, propose(root, r, args->add_flags.options()));
    });

    auto* fetch = cmd->add_subcommand(
        "fetch", "Fetch each circle's tags coop/* into refs/coop/circles/NAME/");
    fetch->add_option("CIRCLE", args->only, "Only these circles (default: all)");
    fetch->footer("A circle that cannot be fetched is reported and the others are fetched all the "
                  "same. Exit status: 0 all fetched, 3 a circle could not be fetched.");
    fetch->callback([&g, args] { run_fetch(g, *args); });

    auto* verify = cmd->add_subcommand(
        "verify", "Recompute each fetched statement at its commit and check the upstream rate");
    verify->add_option("CIRCLE", args->only, "Only these circles (default: all)");
    verify->footer("For each fetched tag coop/PERIOD of each circle: the circle's ledger at its "
                   "commit validates, payouts/PERIOD.yaml there equals its recomputation, its "
                   "upstream rate is the agreed one, and a period already booked was booked "
                   "from the commit the tag names now. Exit status: 0 all verify, 1 a problem.");
    verify->callback([&g, args] { run_verify(g, *args); });

    auto* book = cmd->add_subcommand(
        "book", "Book each circle's upstream of PERIOD as income: one entry per circle");
    book->add_option("PERIOD", args->period, "The circles' period, like 2026-11")->required();
    book->add_option("--circle", args->only, "Only this circle (repeatable)")
        ->option_text("NAME")
        ->allow_extra_args(false);
    add_write_flags(book, args->book_flags, true, true, "The entries' date");
    book->footer("One income entry per circle statement of PERIOD that verifies and is not "
                 "booked yet: amount = its upstream, circle, source {commit, statement}. Nothing "
                 "is booked from a statement that does not verify. Exit status: 0 fine, 1 a "
                 "statement does not verify or an entry was refused.");
    book->callback([&g, args] { run_book(g, *args); });

    auto* status = cmd->add_subcommand(
        "status", "Each circle: last closed period, upstream booked and pending");
    g.writes(status, {Format::table, Format::csv, Format::markdown, Format::json});
    status->callback([&g] { run_status(g); });
}

} // namespace coop::cli
