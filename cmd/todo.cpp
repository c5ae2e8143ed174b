// coop todo: the contributions waiting for my review, the most needed first.
#include <fmt/format.h>

#include "globals.hpp"
#include "ledger_load.hpp"
#include "model/duration.hpp"
#include "number_text.hpp"
#include "read/entry_texts.hpp"
#include "reviewing/todo.hpp"
#include "table_output.hpp"
#include "util/json.hpp"
#include "write/identity.hpp"
#include "write/when.hpp"
#include "write_output.hpp"

namespace coop::cli {

namespace {

struct TodoArgs {
    WriteFlags flags; // only --as
    std::string period;
    CLI::Option* period_option = nullptr;
};

struct TodoRow {
    const Contribution* c = nullptr;
    const TodoItem* item = nullptr;
    std::string summary;
};

std::string days_left_text(std::int64_t days) {
    if (days < 0) return "window passed";
    if (days == 0) return "today";
    return count_text(static_cast<std::size_t>(days), "day");
}

constexpr std::size_t summary_width = 40;

Table todo_table(const Ledger& l, const std::vector<TodoRow>& rows, bool data) {
    Table t;
    if (data)
        t.columns = {{"id"},      {"member"},  {"date"},        {"minutes"},   {"kind"},
                     {"project"}, {"reviews"}, {"window_ends"}, {"days_left"}, {"summary"}};
    else
        t.columns = {{"id"},
                     {"member"},
                     {"date"},
                     {"time", Align::right},
                     {"kind"},
                     {"project"},
                     {"reviews", Align::right},
                     {"left", Align::right},
                     {"summary"}};
    for (const TodoRow& r : rows) {
        const Contribution& c = *r.c;
        const TodoItem& i = *r.item;
        if (data)
            t.rows.push_back({std::string(l.name(c.id)), std::string(l.name(c.member)),
                              format_date(c.date), std::to_string(c.minutes),
                              std::string(l.name(c.kind)), std::string(l.name(c.project)),
                              std::to_string(i.reviews), format_date(i.window_ends),
                              std::to_string(i.days_left), r.summary});
        else
            t.rows.push_back(
                {std::string(l.name(c.id)), std::string(l.name(c.member)), format_date(c.date),
                 format_duration(c.minutes), std::string(l.name(c.kind)),
                 c.project ? std::string(l.name(c.project)) : "-", std::to_string(i.reviews),
                 days_left_text(i.days_left), truncated(r.summary, summary_width)});
    }
    return t;
}

std::string todo_json(const Ledger& l, std::string_view me, Date today,
                      const std::vector<TodoRow>& rows) {
    std::string out = fmt::format("{{\"member\": {}, \"today\": {}, \"contributions\": [",
                                  json_string(me), json_string(format_date(today)));
    for (std::size_t n = 0; n < rows.size(); ++n) {
        const Contribution& c = *rows[n].c;
        const TodoItem& i = *rows[n].item;
        out += fmt::format(
            "{}\n  {{\"id\": {}, \"member\": {}, \"date\": {}, \"minutes\": {}, \"kind\": {}, "
            "\"project\": {}, \"summary\": {}, \"reviews\": {}, \"window_ends\": {}, "
            "\"days_left\": {}}}",
            n ? "," : "", json_string(l.name(c.id)), json_string(l.name(c.member)),
            json_string(format_date(c.date)), c.minutes, json_string(l.name(c.kind)),
            c.project ? json_string(l.name(c.project)) : "null", json_string(rows[n].summary),
            i.reviews, json_string(format_date(i.window_ends)), i.days_left);
    }
    return out + (rows.empty() ? "]}\n" : "\n]}\n");
}

void show_todo(const Globals& g, const TodoArgs& args) {
    const Format format = g.output_format();
    std::optional<Period> only;
    if (args.period_option->count() > 0) only = parse_period_option(args.period);
    const LoadedLedger loaded = load_valid_ledger(g);
    const Ledger& ledger = loaded.ledger;
    const std::string me = who_am_i(loaded.root, args.flags);
    const Date today = local_today();
    show_warnings(g, loaded, only);

    std::vector<TodoItem> items = review_todo(ledger, me, today);
    EntryTexts texts(ledger);
    std::vector<TodoRow> rows;
    for (const TodoItem& i : items) {
        const Contribution& c = ledger.contributions[i.contribution];
        if (only && !only->contains(c.date)) continue;
        rows.push_back({&c, &i, texts.contribution(i.contribution).summary});
    }
    switch (format) {
    case Format::json:
        fmt::print("{}", todo_json(ledger, me, today, rows));
        return;
    case Format::csv:
        fmt::print("{}", render_csv(todo_table(ledger, rows, true)));
        return;
    case Format::markdown:
        fmt::print("{}", render_markdown(todo_table(ledger, rows, false)));
        return;
    default:
        break;
    }
    if (rows.empty()) {
        if (!g.quiet)
            fmt::print(stderr, "coop: nothing waits for {}'s review{}\n", me,
                       only ? " in " + format_period(*only) : std::string());
        return;
    }
    fmt::print("{}", render_text(todo_table(ledger, rows, false), g.color_on(1)));
    if (!g.quiet)
        fmt::print(stderr, "{} waiting for {}'s review; review one with 'coop review ID SCORE'\n",
                   count_text(rows.size(), "contribution"), me);
}

} // namespace

void setup_todo(CLI::App& app, Globals& g) {
    auto args = std::make_shared<TodoArgs>();
    auto* cmd = app.add_subcommand("todo", "List the contributions waiting for your review");
    g.writes(cmd, {Format::table, Format::csv, Format::json, Format::markdown});
    cmd->add_option("--as", args->flags.as,
                    "Whose list (default: COOP_MEMBER, else the member whose emails hold git's "
                    "user.email)")
        ->option_text("HANDLE");
    args->period_option =
        cmd->add_option("--period", args->period, "Only the contributions of this open period")
            ->option_text("PERIOD");
    cmd->footer(
        "Lists the contributions of the periods not yet closed that are not yours and that\n"
        "you have not reviewed: those with the fewest valid reviews first (they need you\n"
        "most), then the oldest. LEFT is the number of days before the period's review\n"
        "window ends (review.window days after its last day), after which coop close may\n"
        "freeze a contribution with fewer than min-reviews reviews at the unreviewed factor.\n"
        "\n"
        "Formats (--format): table (summaries cut to 40 characters), markdown, csv and\n"
        "json: {\"member\", \"today\", \"contributions\": [{\"id\", \"member\", \"date\",\n"
        "\"minutes\", \"kind\", \"project\" (null: none), \"summary\", \"reviews\",\n"
        "\"window_ends\", \"days_left\" (negative once the window has passed)}]}.\n"
        "\n"
        "Exit status: 0 fine (an empty list too), 1 the ledger has errors, 2 usage error.");
    cmd->callback([&g, args] { show_todo(g, *args); });
}

} // namespace coop::cli
