#include "option_names.hpp"

#include <array>

namespace coop {

std::string_view option_name(Option o) {
    static constexpr std::array<std::string_view, option_count> names = {
        "--as",     "--check", "--comment", "--commit", "--email",  "--force",
        "--key",    "--kind",  "--left",    "--name",   "--policy", "--project",
        "--reason", "--ref",   "--remove",  "--role",   "--roles",  "--rule",
        "--title",  "--waive", "--format",  "--payees",
    };
    return names[static_cast<unsigned char>(o)];
}

std::string spell_options(std::string_view message) {
    std::string out;
    out.reserve(message.size());
    for (std::size_t i = 0; i < message.size(); ++i) {
        const unsigned n = i + 1 < message.size()
                               ? static_cast<unsigned char>(message[i + 1]) - unsigned('A')
                               : option_count;
        if (message[i] == option_mark && n < option_count) {
            out += option_name(static_cast<Option>(n));
            ++i;
        } else {
            out += message[i];
        }
    }
    return out;
}

} // namespace coop
