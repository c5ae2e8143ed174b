#include "payout_check.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "diagnostics_output.hpp"
#include "ledger_load.hpp"
#include "model/error.hpp"
#include "payout/payout.hpp"
#include "payout/statement.hpp"

namespace coop::cli {

namespace {

std::string read_text(const std::filesystem::path& path, const std::string& shown) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw Error(ErrorKind::io, fmt::format("cannot read '{}': it is a directory", shown));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::io,
                    fmt::format("cannot read '{}': {}", shown, std::strerror(errno)));
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string plural(std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
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
                                                   plural(problems.error_count(), "error")));
    }

    const PayoutTable table = compute_payout(ledger, statement.period);
    Diagnostics differences;
    compare_statement(statement, make_statement(table, ledger.policy), file, differences);
    if (differences.has_errors()) {
        differences.sort();
        print_diagnostic_lines(stderr, differences, g.color_on(2));
        throw Error(ErrorKind::ledger,
                    fmt::format("{} does not match the ledger ({})", file,
                                plural(differences.error_count(), "difference")));
    }
    if (!g.quiet) fmt::print("{}: matches the ledger\n", file);
}

} // namespace coop::cli
