#include "payout_check.hpp"

#include <cstring>

#include <fmt/format.h>

#include "diagnostics_output.hpp"
#include "ledger_load.hpp"
#include "model/error.hpp"
#include "number_text.hpp"
#include "option_names.hpp"
#include "statement/check.hpp"
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
    PayoutChain chain(loaded.ledger);
    StatementCheck check = coop::check_statement(chain, loaded.ledger, text, file);
    if (check.problems.has_errors()) {
        check.problems.sort();
        print_diagnostics(stderr, check.problems, start, g.color_on(2));
        throw Error(ErrorKind::ledger,
                    fmt::format("'{}' is not a payout statement ({})", file,
                                count_text(check.problems.error_count(), "error")));
    }
    show_warnings(g, loaded, check.statement->period);
    if (!check.failure.empty())
        throw Error(ErrorKind::ledger,
                    fmt::format("{} cannot be recomputed: {}", file, spell_options(check.failure)));
    if (check.differences.has_errors()) {
        check.differences.sort();
        print_diagnostic_lines(stderr, check.differences, g.color_on(2));
        throw Error(ErrorKind::ledger,
                    fmt::format("{} does not match the ledger ({})", file,
                                count_text(check.differences.error_count(), "difference")));
    }
    if (!g.quiet) fmt::print("{}: matches the ledger\n", file);
}

} // namespace coop::cli
