#pragma once
// How coop talks about its own command line, as git and cargo do: the
// overview `coop` alone prints, `coop help COMMAND`, required options marked in
// --help, and usage errors that name the bad word and suggest the nearest.
#include <CLI/CLI.hpp>

#include "globals.hpp"

namespace coop::cli {

// CLI11's help, with the command's whole name in the usage line, REQUIRED
// also for options that name their value (--party NAME REQUIRED), and the
// formats the command writes. Set on the top-level app before any subcommand.
class HelpFormatter : public CLI::Formatter {
  public:
    explicit HelpFormatter(const Globals& g) : g_(g) {}
    std::string make_option_opts(const CLI::Option* opt) const override;
    std::string make_usage(const CLI::App* app, std::string name) const override;
    std::string make_footer(const CLI::App* app) const override;

  private:
    const Globals& g_;
};

// What `coop` alone prints: the usage line and the everyday commands.
std::string overview(const CLI::App& app);

// Says what is wrong with the command line on stderr (or prints the help or
// version it asked for on stdout) and returns the exit status. `argv` gives
// the words in the order they were typed.
int report_parse_error(CLI::App& app, const CLI::ParseError& e, int argc, char** argv);

// The --format check of every command, run once the command line is parsed:
// a format the command does not write is a usage error.
void check_format(const CLI::App& app, const Globals& g);

} // namespace coop::cli
