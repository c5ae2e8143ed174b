#include "read/source_lines.hpp"

#include <fstream>

namespace coop {

const std::string& SourceLines::line(const std::string& rel, std::uint32_t line) {
    static const std::string none;
    auto it = files_.find(rel);
    if (it == files_.end()) {
        std::vector<std::string> lines;
        std::ifstream in(root_ / rel, std::ios::binary);
        for (std::string l; std::getline(in, l);) {
            if (!l.empty() && l.back() == '\r') l.pop_back();
            lines.push_back(std::move(l));
        }
        it = files_.emplace(rel, std::move(lines)).first;
    }
    if (line == 0 || line > it->second.size()) return none;
    return it->second[line - 1];
}

} // namespace coop
