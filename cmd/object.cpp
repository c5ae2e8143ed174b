// coop object ID: see stance_command.cpp.
#include "stance_command.hpp"

namespace coop::cli {

void setup_object(CLI::App& app, Globals& g) {
    setup_stance_command(app, g, StanceKind::object);
}

} // namespace coop::cli
