// coop circle fetch: each circle's tags coop/* into refs/coop/circles/<name>/,
// through libgit2 (paths and file:// URLs offline, https and ssh where the
// network allows).
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "git/trees.hpp"
#include "model/error.hpp"
#include "network/circles.hpp"

namespace fs = std::filesystem;

namespace coop::network {

std::string circle_ref_prefix(std::string_view circle) {
    return fmt::format("refs/coop/circles/{}/", circle);
}

std::string fetch_url(const fs::path& ledger_root, const std::string& repo) {
    if (repo.find("://") != std::string::npos) return repo;
    // scp-like ssh (git@host:path), but not a Windows drive letter
    if (const auto colon = repo.find(':');
        colon != std::string::npos && colon > 1 && repo.find('/') > colon)
        return repo;
    const fs::path p(repo);
    return (p.is_absolute() ? p : ledger_root / p).lexically_normal().string();
}

std::map<std::string, std::string> fetched_tags(git_repository* repo, std::string_view circle) {
    std::map<std::string, std::string> out;
    const std::string prefix = circle_ref_prefix(circle);
    git_reference_iterator* raw = nullptr;
    git::check(git_reference_iterator_glob_new(&raw, repo, (prefix + "*").c_str()),
               "cannot list the fetched circles");
    const git::ReferenceIterator it(raw);
    git_reference* ref = nullptr;
    while (git_reference_next(&ref, raw) == 0) {
        const git::Reference owned(ref);
        git_object* peeled = nullptr; // an annotated tag: the commit it names
        if (git_reference_peel(&peeled, ref, GIT_OBJECT_COMMIT) < 0) continue;
        const git::Object commit(peeled);
        out.emplace(std::string(git_reference_name(ref)).substr(prefix.size()),
                    git::hex(*git_object_id(peeled)));
    }
    return out;
}

namespace {

std::string fetch_one(git_repository* repo, const std::string& circle, const std::string& url) {
    git_remote* raw = nullptr;
    if (git_remote_create_anonymous(&raw, repo, url.c_str()) < 0) return git::last_error();
    const git::Remote remote(raw);
    const std::string spec = fmt::format("+refs/tags/coop/*:{}*", circle_ref_prefix(circle));
    char* specs[] = {const_cast<char*>(spec.c_str())};
    const git_strarray refspecs{specs, 1};
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE; // only the refspec's
    options.update_fetchhead = 0;
    const std::string reflog = fmt::format("coop circle fetch {}", circle);
    if (git_remote_fetch(remote.get(), &refspecs, &options, reflog.c_str()) < 0)
        return git::last_error();
    return {};
}

} // namespace

std::vector<FetchResult> fetch_circles(git_repository* repo, const fs::path& ledger_root,
                                       const Policy& policy, const std::vector<std::string>& only) {
    for (const std::string& name : only)
        if (!policy.network.find_circle(name))
            throw Error(ErrorKind::usage,
                        fmt::format("'{}' is not a circle of coop.yaml's network", name));
    std::vector<FetchResult> out;
    for (const Circle& c : policy.network.circles) {
        if (!only.empty() && std::find(only.begin(), only.end(), c.name) == only.end()) continue;
        FetchResult r;
        r.circle = c.name;
        r.url = fetch_url(ledger_root, c.repo);
        const auto before = fetched_tags(repo, c.name);
        r.error = fetch_one(repo, c.name, r.url);
        const auto after = fetched_tags(repo, c.name);
        std::map<std::string, TagUpdate> tags;
        for (const auto& [period, id] : before)
            tags[period] = {period, id, {}};
        for (const auto& [period, id] : after) {
            tags[period].period = period;
            tags[period].after = id;
        }
        for (auto& [period, t] : tags)
            r.tags.push_back(std::move(t));
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace coop::network
