// coop consent ID: see stance_command.cpp.
#include "stance_command.hpp"

namespace coop::cli {

void setup_consent(CLI::App& app, Globals& g) {
    setup_stance_command(app, g, StanceKind::consent);
}

} // namespace coop::cli
