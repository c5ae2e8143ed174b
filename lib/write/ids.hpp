#pragma once
// New entry ids, and the files an id can live in.
#include <optional>
#include <string>
#include <string_view>

#include "model/date.hpp"

namespace coop {

// Four characters of [a-z2-7] from std::random_device.
std::string random_id_suffix();

// The party's name as an id suffix: lowercase a-z, 0-9 and single dashes, at
// most 16 characters; "entry" when nothing is left.
std::string party_slug(std::string_view party);

// Where a contribution id <handle>-<yyyymmdd>-<xxxx> says its entry lives:
// contributions/YYYY/MM/<handle>.yaml, or nothing when it has not that form.
struct IdHome {
    std::string handle;
    Date date;
    std::string path;
};
std::optional<IdHome> contribution_home(std::string_view id);

// revenue/YYYY/MM.yaml of a revenue id rev-<yyyymmdd>-<suffix>, or nothing.
std::optional<std::string> revenue_home(std::string_view id);

// The ledger files that could already hold an entry with the id `id`: its own
// form fixes the file, and an id of both forms (a member called 'rev', or
// 'rev-20261110-x') could also sit in the other kind of file.
std::optional<std::string> other_home(std::string_view id, std::string_view own_path);

std::string contributions_path(std::string_view handle, Date d);
std::string reviews_path(std::string_view handle, Date d);
std::string revenue_path(Date d);
std::string member_path(std::string_view handle);

} // namespace coop
