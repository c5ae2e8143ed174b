#include "util/shorten.hpp"

#include <vector>

namespace coop {

namespace {

bool continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Byte offsets where each character of `s` starts.
std::vector<std::size_t> char_starts(std::string_view s) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (!continuation(s[i])) out.push_back(i);
    return out;
}

bool word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
}

} // namespace

std::string shorten_middle(std::string_view text, std::size_t max_chars) {
    std::size_t chars = 0;
    for (char c : text)
        chars += !continuation(c);
    if (chars <= max_chars || max_chars < 3) return std::string(text);
    const std::vector<std::size_t> starts = char_starts(text);
    const std::size_t head = (max_chars - 1) * 2 / 3, tail = max_chars - 1 - head;
    std::string out(text.substr(0, starts[head]));
    out += "\u2026";
    out += text.substr(starts[starts.size() - tail]);
    return out;
}

std::string shorten_quoted(std::string_view message, std::size_t max_chars,
                           std::size_t max_message_chars) {
    if (message.size() <= max_chars) return std::string(message); // the common case
    std::string out;
    std::size_t i = 0;
    while (i < message.size()) {
        const bool opens = message[i] == '\'' && (i == 0 || !word_char(message[i - 1]));
        if (!opens) {
            out += message[i++];
            continue;
        }
        // The closing quote: one not followed by a letter or digit ("it's" is inside).
        std::size_t j = i + 1;
        while (j < message.size() &&
               !(message[j] == '\'' && (j + 1 == message.size() || !word_char(message[j + 1]))))
            ++j;
        if (j >= message.size()) { // no closing quote: the rest as it is
            out += message.substr(i);
            break;
        }
        out += '\'';
        out += shorten_middle(message.substr(i + 1, j - i - 1), max_chars);
        out += '\'';
        i = j + 1;
    }
    return shorten_middle(out, max_message_chars);
}

} // namespace coop
