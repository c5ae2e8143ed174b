#include "write/review_entry.hpp"

#include <fmt/format.h>

#include "read/file_readers.hpp"

#include "model/layout.hpp"
#include "model/option.hpp"
#include "write/ids.hpp"
#include "write/ledger_facts.hpp"
#include "write/yaml_text.hpp"

namespace coop {

namespace {

bool small_number(std::string_view s) {
    return !s.empty() && s.size() <= 3 && s.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace

Outcome review_contribution(const std::filesystem::path& root, const ReviewRequest& r,
                            const WriteOptions& options) {
    require_utf8(r.contribution, "the contribution id");
    require_utf8(r.score, "the score");
    require_utf8(r.comment, option_ref(Option::comment));
    const std::string target = reviews_path(r.me, r.date);

    // What one more review by `me` of contribution c can change, rule by rule:
    // - its fields (score on the scale...): the target file and coop.yaml;
    // - the reviewer's membership on its date: members/<me>.yaml;
    // - c exists, is not me's own, and is not dated after the review: c's file,
    //   which its id names (contributions/YYYY/MM/<author>.yaml), and the
    //   author's member file (so the file is owned);
    // - one review per reviewer and contribution: me's review files. A review
    //   dated before c is an error of its own, so c's month and later suffice;
    // - payouts/: a closed period's reviews are final (checked before).
    // The reviews already in the target name other contributions: their files
    // are read too, so that the target shows no false "unknown contribution".
    Scope scope;
    scope.files = {member_path(r.me)};
    scope.owner = r.me;
    if (const auto home = contribution_home(r.contribution)) {
        refuse_closed(root, home->date, fmt::format("contribution '{}'", r.contribution));
        scope.files.push_back(member_path(home->handle));
        scope.files.push_back(home->path);
        for (const Date month : months_from(root, "reviews", home->date))
            scope.files.push_back(reviews_path(r.me, month));
    }
    scope.named_by_target = [](const Ledger& l, std::vector<std::string>& files) {
        for (const Review& review : l.reviews)
            if (const auto home = contribution_home(l.name(review.contribution))) {
                files.push_back(home->path);
                files.push_back(member_path(home->handle));
            }
    };

    const DraftFn draft = [&](const std::optional<std::string>& current, const Ledger&) {
        std::string entry = fmt::format(
            "- contribution: {}\n  date: {}\n  score: {}\n", yaml_scalar(r.contribution),
            format_date(r.date), small_number(r.score) ? r.score : yaml_double_quoted(r.score));
        if (!r.comment.empty()) entry += fmt::format("  comment: {}\n", yaml_scalar(r.comment));
        const std::string header =
            fmt::format("# yaml-language-server: $schema=../../../schema/review.schema.json\n"
                        "reviewer: {}\nentries:\n",
                        r.me);
        Draft d;
        d.change = append_entry(current, header, entry);
        d.message = fmt::format("review: {} {} {}", r.me, r.score, r.contribution);
        return d;
    };
    const ConfirmFn confirm = [&](const Ledger& after, FileId file) {
        for (const ParsedReview& review : reread_file(after, file).reviews)
            if (review.contribution == r.contribution && review.date == r.date)
                return small_number(r.score) && review.score == std::stoi(r.score) &&
                       review.comment == r.comment;
        return false;
    };
    return write_change(root, target, scope, draft, confirm, options);
}

} // namespace coop
