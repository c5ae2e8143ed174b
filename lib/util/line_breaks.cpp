#include "util/line_breaks.hpp"

namespace coop {

LineEnd line_end(std::string_view text, std::size_t begin) {
    for (std::size_t i = begin; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        // Only these bytes can start a break: skip the rest fast.
        if (c != '\n' && c != '\r' && c != 0xC2 && c != 0xE2) continue;
        if (const std::size_t n = line_break_at(text, i)) return {i, i + n};
    }
    return {text.size(), text.size()};
}

std::vector<std::size_t> line_starts(std::string_view text) {
    std::vector<std::size_t> starts;
    for (std::size_t begin = 0; begin < text.size(); begin = line_end(text, begin).next)
        starts.push_back(begin);
    return starts;
}

std::string_view line_of(std::string_view text, std::uint32_t line) {
    if (line == 0) return {};
    std::size_t begin = 0;
    for (std::uint32_t n = 1; n < line; ++n) {
        begin = line_end(text, begin).next;
        if (begin >= text.size()) return {};
    }
    return text.substr(begin, line_end(text, begin).end - begin);
}

std::string_view line_ending_of(std::string_view text) {
    const LineEnd e = line_end(text, 0);
    const std::string_view eol = text.substr(e.end, e.next - e.end);
    return eol == "\r\n" || eol == "\r" ? eol : "\n";
}

} // namespace coop
