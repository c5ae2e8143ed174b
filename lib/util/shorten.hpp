#pragma once
// Long text made short enough to read in a message: the start and the end of
// it kept, an ellipsis for what is left out, never a UTF-8 character cut.
#include <cstddef>
#include <string>
#include <string_view>

namespace coop {

// `text` itself when it has at most `max_chars` characters; else its first
// and last characters around "…", `max_chars` characters in all.
std::string shorten_middle(std::string_view text, std::size_t max_chars);

// `message` with each single-quoted part ('like this') longer than
// `max_chars` characters shortened by shorten_middle, and the whole then cut
// in the middle past `max_message_chars`: a 1 MB value is never repeated.
std::string shorten_quoted(std::string_view message, std::size_t max_chars = 80,
                           std::size_t max_message_chars = 2000);

} // namespace coop
