#pragma once
// The fuzzers' input: several ledger files in one text, each after a line
// `=== path`, the format of the validate fixtures (tests/cli/validate/).
// Text before the first such line is ignored, and so are sections whose path
// no directory listing gives (empty, absolute, with an empty, "." or ".."
// part, or a NUL).
#include <string_view>

#include "read/memory_source.hpp"

namespace coop::fuzz {

inline bool listable(std::string_view path) {
    if (path.empty() || path.find('\0') != std::string_view::npos) return false;
    std::size_t at = 0;
    while (true) {
        const std::size_t slash = path.find('/', at);
        const std::string_view part = path.substr(at, slash - at);
        if (part.empty() || part == "." || part == "..") return false;
        if (slash == std::string_view::npos) return true;
        at = slash + 1;
    }
}

inline FileTexts unpack_ledger(std::string_view data) {
    FileTexts files;
    std::string* current = nullptr;
    std::size_t at = 0;
    while (at < data.size()) {
        std::size_t end = data.find('\n', at);
        end = end == std::string_view::npos ? data.size() : end + 1;
        const std::string_view line = data.substr(at, end - at);
        if (line.substr(0, 4) == "=== ") {
            std::string_view path = line.substr(4);
            if (!path.empty() && path.back() == '\n') path.remove_suffix(1);
            current = listable(path) ? &files[std::string(path)] : nullptr;
            if (current) current->clear(); // a repeated path: the last one wins
        } else if (current) {
            current->append(line);
        }
        at = end;
    }
    return files;
}

} // namespace coop::fuzz
