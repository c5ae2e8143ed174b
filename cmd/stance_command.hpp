#pragma once
// coop consent, coop object and coop abstain: one command each, the same but
// for the stance they write.
#include <CLI/CLI.hpp>

#include "globals.hpp"
#include "model/proposal.hpp"

namespace coop::cli {

void setup_stance_command(CLI::App& app, Globals& g, StanceKind stance);

} // namespace coop::cli
