#pragma once
// `coop log`: a contribution appended to the member's own month file.
#include <filesystem>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "write/write_change.hpp"

namespace coop {

struct LogRequest {
    std::string me;
    std::string time; // as typed: 2h30m
    std::string summary;
    std::string kind;    // empty: the first kind of coop.yaml
    std::string project; // empty: none
    Date date;
    std::vector<std::string> refs;
};

// The outcome's result is the new entry's id.
Outcome log_contribution(const std::filesystem::path& root, const LogRequest& request,
                         const WriteOptions& options);

} // namespace coop
