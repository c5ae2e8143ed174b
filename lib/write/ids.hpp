#pragma once
// New entry ids, and the file an id says its entry lives in.
#include <optional>
#include <string>
#include <string_view>

#include "model/date.hpp"

namespace coop {

// id_suffix_length characters of the id alphabet, from std::random_device.
std::string random_id_suffix();

// The party's name as a revenue id suffix: lowercase a-z, 0-9 and single
// dashes, at most 16 characters; "entry" when nothing is left.
std::string party_slug(std::string_view party);

// A proposal's title as the name part of its id, the same way, at most 22
// characters (two left for "-2" when the id is taken); "proposal" when
// nothing is left.
std::string proposal_slug(std::string_view title);

// Where a contribution id <handle>-<yyyymmdd>-<xxxx> says its entry lives:
// contributions/YYYY/MM/<handle>.yaml, or nothing when it has not that form.
struct IdHome {
    std::string handle;
    Date date;
    std::string path;
};
std::optional<IdHome> contribution_home(std::string_view id);

} // namespace coop
