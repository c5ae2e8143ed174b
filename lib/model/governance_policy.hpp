#pragma once
// coop.yaml `governance:` (SPEC section 6): how a proposal passes.
#include <cstdint>

namespace coop {

// A fraction num/den with 0 < num <= den: a share of the voters or of the votes.
struct Share {
    std::int64_t num = 1;
    std::int64_t den = 2;
    bool operator==(const Share&) const = default;
};

struct Governance {
    Share quorum{1, 2};    // consents needed, as a share of the voters (rounded up)
    Share threshold{2, 3}; // consents needed, as a share of consents + objections
    int min_open_days = 7; // a proposal is open at least this long, unless every voter consents
    int active_window_days = 90; // a voter contributed or reviewed within this before the proposal
    bool operator==(const Governance&) const = default;
};

} // namespace coop
