#include "read/source_lines.hpp"

#include <algorithm>

#include "util/file_read.hpp"

namespace coop {

const std::string& SourceLines::line(const std::string& rel, std::uint32_t line) {
    static const std::string none;
    auto it = files_.find(rel);
    if (it == files_.end()) {
        std::vector<std::string> lines;
        const std::string text = read_whole_file(root_ / rel).value_or("");
        for (std::size_t start = 0; start < text.size();) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            std::string l = text.substr(start, end - start);
            if (!l.empty() && l.back() == '\r') l.pop_back();
            lines.push_back(std::move(l));
            start = end + 1;
        }
        it = files_.emplace(rel, std::move(lines)).first;
    }
    if (line == 0 || line > it->second.size()) return none;
    return it->second[line - 1];
}

} // namespace coop
