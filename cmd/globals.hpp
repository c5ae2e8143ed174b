#pragma once
// Options every subcommand understands, and what they share: finding the
// ledger, deciding on colour, the output format.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "read/ledger_reader.hpp"

namespace coop::cli {

// yaml is coop payout's only: the statement `coop close` writes.
enum class Format { table, csv, json, markdown, yaml };
std::string_view format_name(Format f);

struct Globals {
    std::string directory; // -C
    std::string format = "table";
    std::string color = "auto";
    bool quiet = false;
    int exit_code = 0;
    // The formats each command writes, its default first (see writes()); a
    // command not here writes none.
    std::map<const CLI::App*, std::vector<Format>> formats;

    // Declares what --format `cmd` can write; any other is a usage error.
    void writes(const CLI::App* cmd, std::vector<Format> formats_of_cmd) {
        formats[cmd] = std::move(formats_of_cmd);
    }

    // The ledger root: -C DIR (or the working directory) or its nearest parent
    // with a coop.yaml. Throws Error(usage) when there is none.
    std::filesystem::path ledger_root() const;
    // The directory commands start from: -C DIR or the working directory.
    std::filesystem::path start_dir() const;
    // A path typed on the command line, as if coop had started in -C DIR (as
    // git reads paths after -C).
    std::filesystem::path typed_path(const std::string& typed) const;
    Format output_format() const;
    bool color_on(int fd) const;
    // How to read the ledger: COOP_THREADS reader threads (unset or 0: one per
    // core). Throws Error(usage) when it is not a number from 0 to 256.
    ReadOptions read_options() const;
};

// Registers -C, --format, --color, -q on the top-level app.
void add_global_options(CLI::App& app, Globals& g);

// One per subcommand, each in the file of its name (help: usage.cpp).
void setup_help(CLI::App& app, Globals& g);
void setup_completion(CLI::App& app, Globals& g); // hidden: for the build
void setup_validate(CLI::App& app, Globals& g);
void setup_init(CLI::App& app, Globals& g);
void setup_member(CLI::App& app, Globals& g);
void setup_log(CLI::App& app, Globals& g);
void setup_review(CLI::App& app, Globals& g);
void setup_revenue(CLI::App& app, Globals& g);
void setup_expense(CLI::App& app, Globals& g);
void setup_tally(CLI::App& app, Globals& g);
void setup_payout(CLI::App& app, Globals& g);
void setup_close(CLI::App& app, Globals& g);
void setup_audit(CLI::App& app, Globals& g);
void setup_history(CLI::App& app, Globals& g);
void setup_hook(CLI::App& app, Globals& g);
void setup_monitor(CLI::App& app, Globals& g);
void setup_propose(CLI::App& app, Globals& g);
void setup_consent(CLI::App& app, Globals& g);
void setup_object(CLI::App& app, Globals& g);
void setup_abstain(CLI::App& app, Globals& g);
void setup_proposals(CLI::App& app, Globals& g);
void setup_enact(CLI::App& app, Globals& g);
void setup_report(CLI::App& app, Globals& g);
void setup_export(CLI::App& app, Globals& g);
void setup_pay(CLI::App& app, Globals& g);
void setup_todo(CLI::App& app, Globals& g);
void setup_show(CLI::App& app, Globals& g);
void setup_circle(CLI::App& app, Globals& g);

} // namespace coop::cli
