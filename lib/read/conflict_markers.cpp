#include "read/conflict_markers.hpp"

#include <algorithm>

namespace coop {

std::vector<std::uint32_t> conflict_lines(std::string_view text) {
    constexpr std::string_view marker = "<<<<<<<";
    std::vector<std::uint32_t> lines;
    std::uint32_t line = 1;
    for (std::size_t start = 0; start < text.size(); ++line) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view l = text.substr(start, end - start);
        if (l.starts_with(marker) &&
            (l.size() == marker.size() || l[marker.size()] == ' ' || l[marker.size()] == '\r'))
            lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

} // namespace coop
