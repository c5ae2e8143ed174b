#pragma once
// The text of the files `coop init` writes.
#include <string>
#include <string_view>

namespace coop {

std::string coop_yaml_template(std::string_view name, std::string_view currency);
// The coop a ledger's CI builds: a git URL of coop's source and a tag or commit.
struct CiPin {
    std::string source;
    std::string ref;
};
// This build's own source (COOP_SOURCE_URL and COOP_SOURCE_REF in CMake).
CiPin default_ci_pin();

// .github/workflows/coop.yml: examples/ci/github-actions.yml with `pin` and
// the ledger's `branch`.
std::string ci_workflow_template(const CiPin& pin, std::string_view branch);

} // namespace coop
