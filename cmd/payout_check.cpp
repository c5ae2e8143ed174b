#include "payout_check.hpp"

#include <cstring>

#include <fmt/format.h>

#include "diagnostics_output.hpp"
#include "ledger_load.hpp"
#include "model/error.hpp"
#include "number_text.hpp"
#include "payout/payout.hpp"
#include "payout/statement.hpp"
#include "util/file_read.hpp"

namespace coop::cli {

namespace {

std::string read_text(const std::filesystem::path& path, const std::string& shown) {
    std::string text;
    if (const int err = read_whole_file(path, text))
        throw Error(ErrorKind::io, fmt::format("cannot read '{}': {}", shown, std::strerror(err)));
    return text;
}

} // namespace

void check_statement(const Globals& g, const std::string& file) {
    const std::filesystem::path start = g.start_dir();
    const std::string text = read_text(start / file, file);
    const LoadedLedger loaded = load_valid_ledger(g);
    const Ledger& ledger = loaded.ledger;

    Diagnostics problems;
    const Statement statement = read_statement(text, file, ledger.policy.minor_digits, problems);
    if (problems.has_errors()) {
        problems.sort();
        print_diagnostics(stderr, problems, start, g.color_on(2));
        throw Error(ErrorKind::ledger, fmt::format("'{}' is not a payout statement ({})", file,
                                                   count_text(problems.error_count(), "error")));
    }

    show_warnings(g, loaded, statement.period);
    const PayoutTable table = compute_payout(ledger, statement.period);
    Diagnostics differences;
    compare_statement(statement, make_statement(table, ledger.policy), file, differences);
    if (differences.has_errors()) {
        differences.sort();
        print_diagnostic_lines(stderr, differences, g.color_on(2));
        throw Error(ErrorKind::ledger,
                    fmt::format("{} does not match the ledger ({})", file,
                                count_text(differences.error_count(), "difference")));
    }
    if (!g.quiet) fmt::print("{}: matches the ledger\n", file);
}

} // namespace coop::cli
