#pragma once
// The free text of contributions and reviews: summaries, refs and comments.
// The ledger does not keep it (a million summaries for the few a report
// shows), so it is read again from the entry's file, each file once.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/ledger.hpp"

namespace coop {

struct ContributionText {
    std::string summary;
    std::vector<std::string> refs;
};

class EntryTexts {
  public:
    explicit EntryTexts(const Ledger& l) : l_(l) {}

    // Of ledger.contributions[index]; empty when its file no longer holds it.
    const ContributionText& contribution(std::uint32_t index);
    // Of ledger.reviews[index]; empty without a comment.
    const std::string& comment(std::uint32_t index);

  private:
    struct FileTexts {
        std::vector<ContributionText> contributions;
        std::vector<std::string> comments;
    };
    const FileTexts& of(FileId f);

    const Ledger& l_;
    std::unordered_map<FileId, FileTexts> files_;
    const ContributionText no_text_{};
    const std::string no_comment_{};
};

} // namespace coop
