// coop history ID: every commit that added, changed or removed an entry, with
// its author, date, signature status and the change field by field.
#include <fmt/format.h>

#include "audit/history.hpp"
#include "entry_change_text.hpp"
#include "globals.hpp"
#include "model/error.hpp"
#include "util/json.hpp"

namespace coop::cli {

namespace {

std::string history_text(const std::vector<audit::HistoryEvent>& events, bool color) {
    std::string out;
    for (const auto& e : events) {
        const std::string commit = e.commit.substr(0, 7);
        out += fmt::format("{} {} {} <{}> (signature: {})\n",
                           color ? "\x1b[33m" + commit + "\x1b[0m" : commit, e.date, e.author_name,
                           e.author_email, e.signature);
        out += fmt::format("  {} {} in {}\n", op_name(e.change.op), e.change.entry.key, e.path);
        for (const auto& line : field_lines(e.change))
            out += "    " + line + "\n";
    }
    return out;
}

std::string history_json(const std::vector<audit::HistoryEvent>& events) {
    std::string out = "[";
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& e = events[i];
        out +=
            fmt::format("{}\n {{\"commit\": {}, \"author\": {}, \"email\": {}, \"date\": {}, "
                        "\"signature\": {}, \"path\": {}, \"entry\": {}, \"change\": {}, "
                        "\"fields\": {}}}",
                        i ? "," : "", json_string(e.commit), json_string(e.author_name),
                        json_string(e.author_email), json_string(e.date), json_string(e.signature),
                        json_string(e.path), json_string(e.change.entry.key),
                        json_string(op_name(e.change.op)), fields_json(e.change));
    }
    return out + (events.empty() ? "]\n" : "\n]\n");
}

} // namespace

void setup_history(CLI::App& app, Globals& g) {
    auto id = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand(
        "history", "Show every commit that added, changed or removed an entry, oldest first");
    g.writes(cmd, {Format::table, Format::json});
    cmd->add_option("ID", *id,
                    "A contribution id (its reviews included), a revenue id, or a review as "
                    "review:CONTRIBUTION-ID:REVIEWER")
        ->required();
    cmd->footer("Each commit is shown with its author, date and signature status (good, bad,\n"
                "unknown key or unsigned; checked against the author's keys as of the parent\n"
                "commit), then the change field by field.\n"
                "Exit status: 0 found, 1 no commit touched ID, 2 usage error, 3 git failure.");
    cmd->callback([&g, id] {
        const Format format = g.output_format();
        const auto events = audit::entry_history(g.ledger_root(), *id);
        if (events.empty())
            throw Error(
                ErrorKind::ledger,
                fmt::format("no commit of this branch added, changed or removed '{}'", *id));
        if (format == Format::json)
            fmt::print("{}", history_json(events));
        else
            fmt::print("{}", history_text(events, g.color_on(1)));
    });
}

} // namespace coop::cli
