#pragma once
// Who was active when: the days each member contributed or reviewed, to find
// the voters of a proposal (SPEC section 6) without a pass over every entry
// per proposal.
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/ledger.hpp"

namespace coop {

class Activity {
  public:
    explicit Activity(const Ledger& l);
    // Whether `member` has a contribution or review dated from `from` to `to`.
    bool active(std::string_view member, Date from, Date to) const;
    // The member's last such day on or before `to`, if any.
    std::optional<Date> last(std::string_view member, Date to) const;

  private:
    std::unordered_map<std::string_view, std::vector<Date>> days_; // sorted
};

} // namespace coop
