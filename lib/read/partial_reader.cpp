#include "read/partial_reader.hpp"

#include <algorithm>
#include <cerrno>

#include "read/ledger_reader.hpp"
#include "read/symlinks.hpp"
#include "util/file_read.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

// The disk, except for the files given as text.
class OverlaySource : public FileSource {
  public:
    OverlaySource(fs::path root, std::map<std::string, std::string, std::less<>> texts)
        : root_(std::move(root)), texts_(std::move(texts)) {}

    int load(const std::string& rel, std::string& text) const override {
        if (const auto it = texts_.find(rel); it != texts_.end()) {
            text = it->second;
            return 0;
        }
        text.clear();
        return read_whole_file(root_ / rel, text);
    }

  private:
    fs::path root_;
    std::map<std::string, std::string, std::less<>> texts_;
};

} // namespace

Ledger read_partial_ledger(const fs::path& root, const PartialRead& what, Diagnostics& diags) {
    std::vector<std::string> paths{"coop.yaml"};
    for (const std::string& rel : what.files) {
        if (what.texts.count(rel)) continue;
        std::error_code ec;
        const auto status = fs::symlink_status(root / rel, ec);
        if (const auto link = symlink_in_path(root, rel))
            diags.error(link->rel, 1, 1, symlink_message(link->rel, link->folder));
        else if (status.type() == fs::file_type::regular)
            paths.push_back(rel);
    }
    for (const auto& [rel, text] : what.texts)
        paths.push_back(rel);
    // A handful of files: one thread reads them faster than starting others.
    return read_ledger_files(std::move(paths), std::make_shared<OverlaySource>(root, what.texts),
                             diags, ReadOptions{1});
}

} // namespace coop
