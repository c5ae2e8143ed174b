// coop export --format ledger|hledger|beancount|csv [--period P] [--output FILE]:
// the books as double-entry transactions (SPEC 9).
#include <memory>

#include <fmt/format.h>

#include "export/beancount_writer.hpp"
#include "export/csv_writer.hpp"
#include "export/ledger_writer.hpp"
#include "export/transactions.hpp"
#include "globals.hpp"
#include "ledger_load.hpp"
#include "model/error.hpp"
#include "util/atomic_file.hpp"

namespace coop::cli {

namespace {

struct ExportArgs {
    std::string format = "ledger";
    std::string period;
    std::string output;
    CLI::Option* period_option = nullptr;
};

void run_export(const Globals& g, const ExportArgs& args) {
    std::optional<Period> through;
    if (args.period_option->count() > 0) through = parse_period_option(args.period);
    const LoadedLedger loaded = load_valid_ledger(g);
    show_warnings(g, loaded, through);
    const Books books = make_books(loaded.ledger, through);
    std::string text;
    if (args.format == "hledger")
        text = ledger_journal(books, JournalDialect::hledger);
    else if (args.format == "beancount")
        text = beancount_journal(books);
    else if (args.format == "csv")
        text = books_csv(books);
    else
        text = ledger_journal(books, JournalDialect::ledger);
    if (args.output.empty() || args.output == "-") {
        fmt::print("{}", text);
        return;
    }
    if (const auto failed = write_file_atomic(g.typed_path(args.output), text))
        throw Error(ErrorKind::io, *failed);
}

} // namespace

void setup_export(CLI::App& app, Globals& g) {
    auto args = std::make_shared<ExportArgs>();
    auto* cmd = app.add_subcommand(
        "export", "Write the books as double-entry transactions for ledger, hledger or beancount");
    cmd->add_option("--format", args->format, "ledger (default), hledger, beancount or csv")
        ->check(CLI::IsMember({"ledger", "hledger", "beancount", "csv"}))
        ->option_text("FORMAT");
    args->period_option =
        cmd->add_option(
               "--period", args->period,
               "The books up to and including a month like 2026-11 or a quarter like 2026-Q4")
            ->option_text("PERIOD");
    cmd->add_option("--output", args->output, "Write to FILE instead of standard output")
        ->option_text("FILE");
    cmd->callback([&g, args] { run_export(g, *args); });
}

} // namespace coop::cli
