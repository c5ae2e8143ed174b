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

std::string party_slug(std::string_view party) {
    std::string slug;
    for (char ch : party) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
            slug += ch;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
        if (slug.size() == revenue_suffix_max) break;
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? "entry" : slug;
}

std::optional<IdHome> contribution_home(std::string_view id) {
    auto parts = parse_contribution_id(id);
    if (!parts) return std::nullopt;
    std::string path = contributions_path(parts->handle, parts->date);
    return IdHome{std::move(parts->handle), parts->date, std::move(path)};
}

} // namespace coop
