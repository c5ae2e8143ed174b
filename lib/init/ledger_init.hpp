#pragma once
// `coop init`: a new, valid ledger and its first commit, the genesis.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "init/templates.hpp"
#include "model/date.hpp"

namespace coop {

struct InitOptions {
    std::string name; // the co-op's name; empty: the folder's name
    std::string currency = "EUR";
    std::string founder; // the founding member's handle; empty: none yet
    Date today;          // the founder's joining day
    CiPin pin = default_ci_pin();
};

// The founding member, as git knows them.
struct Founder {
    std::string handle;
    std::string name;  // git's user.name
    std::string email; // git's user.email
};

struct InitResult {
    std::vector<std::string> created; // paths relative to the ledger, in creation order
    bool created_repository = false;  // false: the folder was already in a git repository
    std::optional<Founder> founder;
    std::string branch; // the branch the genesis commit is on
    std::string commit; // the genesis commit
};

// Creates coop.yaml, the folders, the schemas, the CI workflow, the founding
// member (the first treasurer) when there is one, and a git repository
// (unless `dir` is inside one), then commits exactly those files with git's
// user.name and user.email. Refuses a folder that already holds a coop.yaml,
// and writes nothing when the options are wrong or git does not know who the
// user is (the commit needs it).
InitResult init_ledger(const std::filesystem::path& dir, const InitOptions& options);

} // namespace coop
