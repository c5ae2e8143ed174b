#pragma once
// Where the ledger's contributions and reviews were written. The ledger keeps
// no places (a million entries would carry a million sets of them for the few
// that a message names), so they are found by reading the entry's file again:
// each file once, however many messages point into it.
#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "model/ledger.hpp"

namespace coop {

enum class ContributionField { entry, id, date, time, kind, project };
enum class ReviewField { entry, contribution, date, score };

class EntryPlaces {
  public:
    explicit EntryPlaces(const Ledger& l) : l_(l) {}

    // The place of a field of ledger.contributions[index] or ledger.reviews[index];
    // 1:1 of its file when the file no longer holds the entry.
    Pos contribution(std::uint32_t index, ContributionField field);
    Pos review(std::uint32_t index, ReviewField field);

  private:
    struct FilePlaces {
        std::vector<std::array<Pos, 6>> contributions;
        std::vector<std::array<Pos, 4>> reviews;
    };
    const FilePlaces& of(FileId f);

    const Ledger& l_;
    std::unordered_map<FileId, FilePlaces> files_;
};

} // namespace coop
