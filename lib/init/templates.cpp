#include "init/templates.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "init/embedded_files.hpp"

namespace coop {

std::string coop_yaml_template(std::string_view name, std::string_view currency) {
    return fmt::format(R"(# yaml-language-server: $schema=schema/coop.schema.json
# The co-op and its policy. It changes by proposal and consent (coop propose).
coop: 2                   # format version
name: "{}"
currency: {}             # ISO 4217; its minor unit fixes the precision of amounts
period: monthly           # payout period: monthly | quarterly
projects: {{}}              # the projects work and money can name, e.g. website: Customer websites;
                          # any other name is an error. Add them with coop propose --policy.
review:
  scale: [0, 5]           # allowed integer scores; 0 means "not accepted"
  neutral: 3              # the score whose factor is exactly 1
  aggregate: median       # median | mean | trimmed-mean
  trim: 10%               # share cut from each end, trimmed-mean only
  min-reviews: 2          # fewer valid reviews: the work counts at unreviewed-factor
  unreviewed-factor: 0.5
  window: 7d              # coop close waits this long after the period's end for reviews
kinds:                    # contribution kinds and their weights
  code: 1
  design: 1
  support: 0.8
  sales: 1.2
distribution:
  reserve: 10%            # kept by the co-op from each positive pool
  connector-share: 5%     # of an income entry that names a connector, paid to them
  general-share: 0%       # of each project's income (after commission), moved to the general pool
rules:
  max-time-per-day: 16h   # above: a warning; above 24h: an error
  signed-commits: false   # true: coop audit requires SSH-signed commits
governance: {{ quorum: 50%, threshold: 2/3, min-open: 7d, active-window: 90d }}
)",
                       name, currency);
}

std::string ci_workflow_template(const CiPin& pin, std::string_view branch) {
    // The example of examples/ci/, with this ledger's pin and branch: one
    // workflow, tested as it is shipped (tests/cli/init_workflow.sh).
    const std::string_view example = embedded_ci_workflow().front().content;
    std::string out;
    for (std::size_t start = 0; start < example.size();) {
        const std::size_t end = std::min(example.find('\n', start), example.size());
        const std::string_view line = example.substr(start, end - start);
        if (line.starts_with("  COOP_SOURCE: "))
            out += fmt::format("  COOP_SOURCE: {}\n", pin.source);
        else if (line.starts_with("  COOP_REF: "))
            out += fmt::format("  COOP_REF: {}\n", pin.ref);
        else if (line == "    branches: [main]")
            out += fmt::format("    branches: [{}]\n", branch);
        else
            out += fmt::format("{}\n", line);
        start = end + 1;
    }
    return out;
}

CiPin default_ci_pin() {
    return {COOP_SOURCE_URL, COOP_SOURCE_REF};
}

} // namespace coop
