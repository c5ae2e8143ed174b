#include "pay/sepa_text.hpp"

#include "util/utf8.hpp"

namespace coop {

namespace {

// U+00C0 to U+00FF and U+0100 to U+017F, one base letter each; '*' where the
// letter is two (Æ, Þ, ß, Ĳ, Œ and their small forms) and '.' for × and ÷.
constexpr std::string_view latin1 = "AAAAAA*CEEEEIIII"
                                    "DNOOOOO.OUUUUY**"
                                    "aaaaaa*ceeeeiiii"
                                    "dnooooo.ouuuuy*y";
constexpr std::string_view latin_a = "AaAaAaCcCcCcCcDd"
                                     "DdEeEeEeEeEeGgGg"
                                     "GgGgHhHhIiIiIiIi"
                                     "Ii**JjKkkLlLlLlL"
                                     "lLlNnNnNnnNnOoOo"
                                     "Oo**RrRrRrSsSsSs"
                                     "SsTtTtTtUuUuUuUu"
                                     "UuUuWwYyYZzZzZzs";

std::string_view two_letters(char32_t cp) {
    switch (cp) {
    case 0xc6:
        return "AE";
    case 0xde:
        return "TH";
    case 0xdf:
        return "ss";
    case 0xe6:
        return "ae";
    case 0xfe:
        return "th";
    case 0x132:
        return "IJ";
    case 0x133:
        return "ij";
    case 0x152:
        return "OE";
    case 0x153:
        return "oe";
    default:
        return ".";
    }
}

// An ASCII character outside the set.
char ascii_substitute(char ch) {
    switch (ch) {
    case '&':
        return '+';
    case '"':
    case '`':
        return '\'';
    case '_':
        return '-';
    case ';':
        return ',';
    case '[':
    case '{':
    case '<':
        return '(';
    case ']':
    case '}':
    case '>':
        return ')';
    case '\\':
    case '|':
        return '/';
    case '!':
        return '.';
    default:
        return ' '; // @ # $ % * = ^ ~, tabs, line breaks, other controls
    }
}

} // namespace

bool is_sepa_char(char ch) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))
        return true;
    return std::string_view("/-?:().,'+ ").find(ch) != std::string_view::npos;
}

std::string sepa_text(std::string_view text, std::size_t max) {
    std::string out;
    const auto put = [&](std::string_view s) {
        for (const char ch : s) {
            if (ch == ' ' && (out.empty() || out.back() == ' ')) continue;
            out.push_back(ch);
        }
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto [cp, length] = decode_utf8(text, i);
        if (length == 0) {
            put(".");
            ++i;
            continue;
        }
        i += length;
        if (cp < 0x80) {
            const char ch = static_cast<char>(cp);
            const char sub = is_sepa_char(ch) ? ch : ascii_substitute(ch);
            put(std::string_view(&sub, 1));
        } else if (cp == 0xa0) {
            put(" ");
        } else if (cp >= 0xc0 && cp <= 0x17f) {
            const char base = cp < 0x100 ? latin1[cp - 0xc0] : latin_a[cp - 0x100];
            put(base == '*' ? two_letters(cp) : std::string_view(&base, 1));
        } else {
            put(".");
        }
    }
    if (out.size() > max) out.resize(max);
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

} // namespace coop
