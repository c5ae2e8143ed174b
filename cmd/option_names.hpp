#pragma once
// How the command line spells the options that lib/'s messages point to
// (lib/model/option.hpp): every message is shown through spell_options.
#include <string>
#include <string_view>

#include "model/option.hpp"

namespace coop {

std::string_view option_name(Option o); // "--as"

// `message` with each option_ref(...) in it spelled as the command line does.
std::string spell_options(std::string_view message);

} // namespace coop
