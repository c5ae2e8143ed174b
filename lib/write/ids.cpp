#include "write/ids.hpp"

#include <random>

#include "model/layout.hpp"

namespace coop {

std::string random_id_suffix() {
    std::random_device device;
    std::uniform_int_distribution<std::size_t> pick(0, id_alphabet.size() - 1);
    std::string s;
    for (std::size_t i = 0; i < id_suffix_length; ++i)
        s += id_alphabet[pick(device)];
    return s;
}

namespace {

// Lowercase a-z, 0-9 and single dashes, at most `max` characters; `fallback`
// when nothing is left.
std::string slug(std::string_view text, std::size_t max, std::string_view fallback) {
    std::string out;
    for (char ch : text) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
            out += ch;
        else if (!out.empty() && out.back() != '-')
            out += '-';
        if (out.size() == max) break;
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? std::string(fallback) : out;
}

} // namespace

std::string party_slug(std::string_view party) {
    return slug(party, revenue_suffix_max, "entry");
}

std::string proposal_slug(std::string_view title) {
    return slug(title, proposal_name_max - 2, "proposal"); // room for "-2" when taken
}

std::optional<IdHome> contribution_home(std::string_view id) {
    auto parts = parse_contribution_id(id);
    if (!parts) return std::nullopt;
    std::string path = contributions_path(parts->handle, parts->date);
    return IdHome{std::move(parts->handle), parts->date, std::move(path)};
}

} // namespace coop
