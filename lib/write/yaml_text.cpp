#include "write/yaml_text.hpp"

#include <cstdint>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "read/fields.hpp"
#include "util/utf8.hpp"

namespace coop {

namespace {

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
        const auto [cp, n] = decode_utf8(s, i);
        if (n == 0 || needs_escape(cp) || cp == '\t') return false;
        i += n;
    }
    if (classify(Scalar{s, {}, true}) != PlainType::text) return false;
    YAML::Emitter e; // yaml-cpp's own judgement as a second opinion
    e << std::string(s);
    return e.good() && std::string_view(e.c_str()) == s;
}

} // namespace

std::string yaml_double_quoted(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
        const auto [cp, n] = decode_utf8(s, i);
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
