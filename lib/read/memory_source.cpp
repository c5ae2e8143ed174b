#include "read/memory_source.hpp"

#include <cerrno>
#include <memory>
#include <vector>

namespace coop {

int MemorySource::load(const std::string& rel, std::string& text) const {
    const auto it = texts_.find(rel);
    if (it == texts_.end()) return ENOENT;
    text = it->second;
    return 0;
}

Ledger read_ledger_texts(FileTexts texts, Diagnostics& diags) {
    std::vector<std::string> paths;
    paths.reserve(texts.size());
    for (const auto& [rel, text] : texts)
        paths.push_back(rel);
    return read_ledger_files(std::move(paths), std::make_shared<MemorySource>(std::move(texts)),
                             diags, ReadOptions{1});
}

} // namespace coop
