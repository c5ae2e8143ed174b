#pragma once
// The text of the files `coop init` writes.
#include <string>
#include <string_view>

namespace coop {

std::string coop_yaml_template(std::string_view name, std::string_view currency);
std::string_view ci_workflow_template();

} // namespace coop
