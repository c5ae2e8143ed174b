#include "write/yaml_text.hpp"

#include <cstdint>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "read/fields.hpp"

namespace coop {

namespace {

// The code point starting at s[i] and its length in bytes; length 0 when the
// bytes there are not well-formed UTF-8.
std::pair<char32_t, std::size_t> decode(std::string_view s, std::size_t i) {
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

// Characters YAML does not allow raw in a file, or reads as line breaks or a
// byte order mark: these are written as escapes.
bool needs_escape(char32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

bool ascii_letter(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

bool plain_is_safe(std::string_view s) {
    if (s.empty() || !ascii_letter(s[0])) return false;
    if (s.back() == ' ' || s.back() == ':') return false;
    // A colon before a space ends a key; a hash after a space starts a comment.
    if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos)
        return false;
    for (std::size_t i = 0; i < s.size();) {
        const auto [cp, n] = decode(s, i);
        if (n == 0 || needs_escape(cp) || cp == '\t') return false;
        i += n;
    }
    if (classify(Scalar{s, {}, true}) != PlainType::text) return false;
    YAML::Emitter e; // yaml-cpp's own judgement as a second opinion
    e << std::string(s);
    return e.good() && std::string_view(e.c_str()) == s;
}

} // namespace

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = decode(s, i).second;
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string yaml_double_quoted(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
        const auto [cp, n] = decode(s, i);
        if (n == 0) { // not UTF-8: callers check first; never write it raw
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[i]));
            ++i;
            continue;
        }
        switch (cp) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case 0x2028:
            out += "\\L";
            break;
        case 0x2029:
            out += "\\P";
            break;
        default:
            if (needs_escape(cp)) {
                out += cp <= 0xFF ? fmt::format("\\x{:02x}", static_cast<unsigned>(cp))
                                  : fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
            } else {
                out.append(s.substr(i, n));
            }
        }
        i += n;
    }
    out += '"';
    return out;
}

std::string yaml_scalar(std::string_view s) {
    return plain_is_safe(s) ? std::string(s) : yaml_double_quoted(s);
}

std::string yaml_flow_scalar(std::string_view s) {
    const bool plain = plain_is_safe(s) && s.find_first_of(",[]{}:#") == std::string_view::npos;
    return plain ? std::string(s) : yaml_double_quoted(s);
}

} // namespace coop
