#include "globals.hpp"

#include <cstdlib>

#include <fmt/format.h>
#include <unistd.h>

#include "model/error.hpp"
#include "read/ledger_reader.hpp"

namespace coop::cli {

void add_global_options(CLI::App& app, Globals& g) {
    app.add_option("-C", g.directory, "Run as if coop was started in DIR")->option_text("DIR");
    app.add_option("--format", g.format,
                   "Output format: table, csv, json, markdown or yaml, of those the command "
                   "writes (its --help says which)")
        ->check(CLI::IsMember({"table", "csv", "json", "markdown", "yaml"}))
        ->option_text("FORMAT");
    app.add_option("--color", g.color, "Colour: auto, always or never (auto honours NO_COLOR)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->option_text("WHEN");
    app.add_flag("-q,--quiet", g.quiet, "Print only what is asked for, and problems");
}

std::filesystem::path Globals::start_dir() const {
    std::error_code ec;
    if (directory.empty()) return std::filesystem::current_path();
    if (!std::filesystem::is_directory(directory, ec))
        throw Error(ErrorKind::usage,
                    fmt::format("cannot change to '{}': no such directory", directory));
    return std::filesystem::absolute(directory);
}

std::filesystem::path Globals::typed_path(const std::string& typed) const {
    return (start_dir() / typed).lexically_normal();
}

std::filesystem::path Globals::ledger_root() const {
    const auto start = start_dir();
    if (auto root = find_ledger_root(start)) return *root;
    throw Error(ErrorKind::usage,
                fmt::format("not a coop ledger (no coop.yaml in '{}' or any parent); run 'coop "
                            "init' to start one, or use -C DIR",
                            start.string()));
}

std::string_view format_name(Format f) {
    switch (f) {
    case Format::table:
        return "table";
    case Format::csv:
        return "csv";
    case Format::json:
        return "json";
    case Format::markdown:
        return "markdown";
    case Format::yaml:
        return "yaml";
    }
    return "table";
}

Format Globals::output_format() const {
    if (format == "csv") return Format::csv;
    if (format == "json") return Format::json;
    if (format == "markdown") return Format::markdown;
    if (format == "yaml") return Format::yaml;
    return Format::table;
}

bool Globals::color_on(int fd) const {
    if (color == "always") return true;
    if (color == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    return ::isatty(fd) != 0;
}

ReadOptions Globals::read_options() const {
    const char* text = std::getenv("COOP_THREADS");
    if (!text || !*text) return {};
    const std::string_view t = text;
    unsigned n = 0;
    for (const char ch : t) {
        if (ch < '0' || ch > '9' || n > 256) {
            n = 257;
            break;
        }
        n = n * 10 + static_cast<unsigned>(ch - '0');
    }
    if (n > 256)
        throw Error(ErrorKind::usage,
                    fmt::format("COOP_THREADS must be a number of threads from 1 to 256 (0 or "
                                "unset: one per core), not '{}'",
                                t));
    return ReadOptions{n};
}

} // namespace coop::cli
