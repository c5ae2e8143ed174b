#pragma once
// `coop member add`, `coop member leave` and `coop member list`.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/diagnostic.hpp"
#include "write/write_change.hpp"

namespace coop {

struct MemberAddRequest {
    std::string handle;
    std::string name;
    std::vector<std::string> emails;
    Date joined;
    std::vector<std::string> roles;
    std::vector<std::string> keys;
};

// The text of a new members/<handle>.yaml.
std::string member_file_text(const MemberAddRequest& request);

// Writes members/<handle>.yaml; throws Error(usage) when it exists.
Outcome add_member(const std::filesystem::path& root, const MemberAddRequest& request,
                   const WriteOptions& options);

// Sets `left:` in members/<handle>.yaml, keeping every other byte of it.
Outcome leave_member(const std::filesystem::path& root, const std::string& handle, Date left,
                     const WriteOptions& options);

enum class MemberStatus { active, left, not_yet_joined };

struct MemberRow {
    std::string handle;
    std::string name;
    MemberStatus status = MemberStatus::active;
    Date joined;
    std::optional<Date> left;
    std::vector<std::string> roles;
};

// Every member, by handle, with their status on `today`; problems reading the
// member files go to `diags`.
std::vector<MemberRow> list_members(const std::filesystem::path& root, Date today,
                                    Diagnostics& diags);

std::string_view status_name(MemberStatus s);

} // namespace coop
