#include "read/source_lines.hpp"

#include "util/file_read.hpp"
#include "util/line_breaks.hpp"

namespace coop {

void SourceLines::set_text(const std::string& rel, std::string text) {
    File f;
    f.starts = line_starts(text);
    f.text = std::move(text);
    files_.insert_or_assign(rel, std::move(f));
}

const SourceLines::File& SourceLines::file(const std::string& rel) {
    auto it = files_.find(rel);
    if (it == files_.end()) {
        File f;
        f.text = read_whole_file(root_ / rel).value_or("");
        f.starts = line_starts(f.text);
        it = files_.emplace(rel, std::move(f)).first;
    }
    return it->second;
}

std::string_view SourceLines::line(const std::string& rel, std::uint32_t line) {
    const File& f = file(rel);
    if (line == 0 || line > f.starts.size()) return {};
    const std::size_t begin = f.starts[line - 1];
    const std::string_view text = f.text;
    return text.substr(begin, line_end(text, begin).end - begin);
}

} // namespace coop
