#include "read/entry_places.hpp"

#include "read/file_readers.hpp"

namespace coop {

const EntryPlaces::FilePlaces& EntryPlaces::of(FileId f) {
    if (const auto it = files_.find(f); it != files_.end()) return it->second;
    const FileResult r = reread_file(l_, f);
    FilePlaces places;
    for (const ParsedContribution& c : r.contributions)
        places.contributions.push_back(
            {c.pos, c.id_pos, c.date_pos, c.time_pos, c.kind_pos, c.project_pos});
    for (const ParsedReview& v : r.reviews)
        places.reviews.push_back({v.pos, v.contribution_pos, v.date_pos, v.score_pos});
    return files_.emplace(f, std::move(places)).first->second;
}

Pos EntryPlaces::contribution(std::uint32_t index, ContributionField field) {
    const Contribution& c = l_.contributions[index];
    const auto& entries = of(c.file).contributions;
    const std::uint32_t nth = index - l_.first_entry[c.file];
    if (nth >= entries.size()) return {1, 1};
    const Pos p = entries[nth][static_cast<std::size_t>(field)];
    return p.line ? p : entries[nth][0]; // a field the entry lacks: the entry
}

Pos EntryPlaces::review(std::uint32_t index, ReviewField field) {
    const Review& r = l_.reviews[index];
    const auto& entries = of(r.file).reviews;
    const std::uint32_t nth = index - l_.first_entry[r.file];
    if (nth >= entries.size()) return {1, 1};
    const Pos p = entries[nth][static_cast<std::size_t>(field)];
    return p.line ? p : entries[nth][0];
}

} // namespace coop
