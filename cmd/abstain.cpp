// coop abstain ID: see stance_command.cpp.
#include "stance_command.hpp"

namespace coop::cli {

void setup_abstain(CLI::App& app, Globals& g) {
    setup_stance_command(app, g, StanceKind::abstain);
}

} // namespace coop::cli
