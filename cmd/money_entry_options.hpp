#pragma once
// The options `coop revenue add` and `coop expense add` share.
#include <memory>

#include <CLI/CLI.hpp>

#include "globals.hpp"
#include "write/revenue_entry.hpp"
#include "write_output.hpp"

namespace coop::cli {

struct MoneyEntryArgs {
    RevenueRequest request;
    WriteFlags flags;
};

// `coop <name> add AMOUNT --party P ...`: registers the shared options; the
// income command adds its own (--connector, --id-suffix) to the returned app.
CLI::App* add_money_entry_command(CLI::App& app, Globals& g, const char* name,
                                  const char* description,
                                  const std::shared_ptr<MoneyEntryArgs>& args);

} // namespace coop::cli
