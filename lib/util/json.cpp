#include "util/json.hpp"

#include <fmt/format.h>

#include "util/utf8.hpp"

namespace coop {

std::string json_string(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        const char ch = s[i];
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80) {
            const auto [cp, n] = decode_utf8(s, i);
            if (n == 0) { // JSON is UTF-8: a byte that is not becomes U+FFFD
                out += "\\ufffd";
                ++i;
            } else if (cp == 0x2028 || cp == 0x2029) { // line breaks to JavaScript
                out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
                i += n;
            } else {
                out.append(s.substr(i, n));
                i += n;
            }
            continue;
        }
        ++i;
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20 || c == 0x7F)
                out += fmt::format("\\u{:04x}", c);
            else
                out += ch;
        }
    }
    out += '"';
    return out;
}

} // namespace coop
