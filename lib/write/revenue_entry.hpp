#pragma once
// `coop revenue add` and `coop expense add`: a treasurer's entry appended to
// revenue/YYYY/MM/<treasurer>.yaml.
#include <filesystem>
#include <string>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "write/write_change.hpp"

namespace coop {

struct RevenueRequest {
    std::string me;
    RevenueType type = RevenueType::income;
    std::string amount; // as typed
    std::string party;
    std::string project;   // empty: the general pool
    std::string connector; // empty: none (income only)
    std::string memo;      // empty: none
    std::string id_suffix; // empty: a slug of the party, made unique
    Date date;
    // SPEC 8: a circle's upstream booked by `coop circle book`.
    std::string circle;           // empty: none
    std::string source_commit;    // with circle: the circle's closing commit
    std::string source_statement; // with circle: its statement's blob id
};

// Throws Error(ledger) unless `me` is a treasurer. The outcome's result is
// the new entry's id.
Outcome add_revenue(const std::filesystem::path& root, const RevenueRequest& request,
                    const WriteOptions& options);

} // namespace coop
