#include "read/entry_texts.hpp"

#include "read/file_readers.hpp"

namespace coop {

const EntryTexts::FileTexts& EntryTexts::of(FileId f) {
    if (const auto it = files_.find(f); it != files_.end()) return it->second;
    const FileResult r = reread_file(l_, f);
    FileTexts texts;
    for (const ParsedContribution& c : r.contributions) {
        ContributionText& t = texts.contributions.emplace_back();
        t.summary = std::string(c.summary);
        for (const std::string_view ref : c.refs)
            t.refs.emplace_back(ref);
    }
    for (const ParsedReview& v : r.reviews)
        texts.comments.emplace_back(v.comment);
    return files_.emplace(f, std::move(texts)).first->second;
}

const ContributionText& EntryTexts::contribution(std::uint32_t index) {
    const Contribution& c = l_.contributions[index];
    const auto& list = of(c.file).contributions;
    const std::uint32_t nth = index - l_.first_entry[c.file];
    return nth < list.size() ? list[nth] : no_text_;
}

const std::string& EntryTexts::comment(std::uint32_t index) {
    const Review& r = l_.reviews[index];
    const auto& list = of(r.file).comments;
    const std::uint32_t nth = index - l_.first_entry[r.file];
    return nth < list.size() ? list[nth] : no_comment_;
}

} // namespace coop
