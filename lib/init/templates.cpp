#include "init/templates.hpp"

#include <fmt/format.h>

namespace coop {

std::string coop_yaml_template(std::string_view name, std::string_view currency) {
    return fmt::format(R"(# yaml-language-server: $schema=schema/coop.schema.json
# The co-op's policy. Every member can read it; stewards change it.
coop: 1                   # format version
name: "{}"
currency: {}             # ISO 4217; its minor unit fixes the precision of amounts
period: monthly           # payout period: monthly | quarterly
review:
  scale: [0, 5]           # allowed integer scores; 0 means "not accepted"
  neutral: 3              # the score whose factor is exactly 1
  aggregate: median       # median | mean | trimmed-mean
  trim: 10%               # share cut from each end, trimmed-mean only
  min-reviews: 2          # fewer valid reviews: the work counts at unreviewed-factor
  unreviewed-factor: 0.5
kinds:                    # contribution kinds and their weights
  code: 1
  design: 1
  support: 0.8
  sales: 1.2
distribution:
  reserve: 10%            # kept by the co-op from each positive pool
  connector-share: 5%     # of an income entry that names a connector, paid to them
rules:
  max-time-per-day: 16h   # above: a warning; above 24h: an error
  signed-commits: false   # true: coop audit requires SSH-signed commits
)",
                       name, currency);
}

std::string_view ci_workflow_template() {
    return R"(# Checks the books on every pull request and shows the payout table.
# It needs the coop binary on the runner: install or build it in the first step
# (see coop's README for the packages it needs).
name: coop
on: [push, pull_request]
jobs:
  books:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0        # coop audit reads the whole history
      - name: Validate the ledger
        run: coop validate
      - name: Payout table
        run: coop payout --format markdown >> "$GITHUB_STEP_SUMMARY"
)";
}

} // namespace coop
