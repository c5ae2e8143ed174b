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

namespace {

// Field `field` of the nth entry of a file: the entry's own place when it has
// no such field, 1:1 when the file no longer holds that entry.
template <std::size_t N>
Pos place_in(const std::vector<std::array<Pos, N>>& entries, std::uint32_t nth, std::size_t field) {
    if (nth >= entries.size()) return {1, 1};
    const Pos p = entries[nth][field];
    return p.line ? p : entries[nth][0];
}

} // namespace

Pos EntryPlaces::contribution(std::uint32_t index, ContributionField field) {
    const Contribution& c = l_.contributions[index];
    return place_in(of(c.file).contributions, index - l_.first_entry[c.file],
                    static_cast<std::size_t>(field));
}

Pos EntryPlaces::review(std::uint32_t index, ReviewField field) {
    const Review& r = l_.reviews[index];
    return place_in(of(r.file).reviews, index - l_.first_entry[r.file],
                    static_cast<std::size_t>(field));
}

} // namespace coop
