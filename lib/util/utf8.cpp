#include "util/utf8.hpp"

#include <fmt/format.h>

namespace coop {

std::pair<char32_t, std::size_t> decode_utf8(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    if (c < 0x80) return {c, 1};
    std::size_t n = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        n = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, cp = c & 0x07, min = 0x10000;
    } else {
        return {0, 0};
    }
    if (i + n > s.size()) return {0, 0};
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80) return {0, 0};
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0, 0};
    return {cp, n};
}

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = decode_utf8(s, i).second;
        if (n == 0) return false;
        i += n;
    }
    return true;
}

bool is_control(char32_t cp) {
    return (cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 ||
           cp == 0x2029;
}

std::size_t append_printable(std::string& out, std::string_view s, std::size_t i) {
    const auto [cp, n] = decode_utf8(s, i);
    if (n == 0) {
        out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[i]));
        return 1;
    }
    if (!is_control(cp))
        out.append(s.substr(i, n));
    else if (cp < 0x80)
        out += fmt::format("\\x{:02x}", static_cast<unsigned>(cp));
    else
        out += fmt::format("\\u{{{:x}}}", static_cast<unsigned>(cp));
    return n;
}

std::string printable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7F) { // the common case, byte by byte
            out += s[i++];
            continue;
        }
        i += append_printable(out, s, i);
    }
    return out;
}

} // namespace coop
