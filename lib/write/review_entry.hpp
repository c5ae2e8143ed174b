#pragma once
// `coop review`: a review appended to the reviewer's own month file.
#include <filesystem>
#include <string>

#include "model/date.hpp"
#include "write/write_change.hpp"

namespace coop {

struct ReviewRequest {
    std::string me;
    std::string contribution; // the id reviewed
    std::string score;        // as typed
    std::string comment;      // empty: none
    Date date;
};

Outcome review_contribution(const std::filesystem::path& root, const ReviewRequest& request,
                            const WriteOptions& options);

} // namespace coop
