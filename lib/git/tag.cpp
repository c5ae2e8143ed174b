#include "git/tag.hpp"

#include <fmt/format.h>

#include "model/error.hpp"

namespace coop::git {

bool tag_exists(git_repository* repo, const std::string& name) {
    git_oid id;
    return git_reference_name_to_id(&id, repo, ("refs/tags/" + name).c_str()) == 0;
}

void create_annotated_tag(git_repository* repo, const std::string& name, const git_oid& target,
                          const std::string& message) {
    git_signature* sig_raw = nullptr;
    if (git_signature_default(&sig_raw, repo) < 0)
        throw Error(ErrorKind::usage,
                    fmt::format("cannot tag: git does not know who you are ({}); run git config "
                                "user.name \"Your Name\" and git config user.email you@example.org",
                                last_error()));
    const Signature tagger(sig_raw);
    git_object* raw = nullptr;
    check(git_object_lookup(&raw, repo, &target, GIT_OBJECT_COMMIT),
          "cannot read the commit to tag");
    const Object object(raw);
    git_oid tag_id;
    check(
        git_tag_create(&tag_id, repo, name.c_str(), object.get(), tagger.get(), message.c_str(), 0),
        fmt::format("cannot create the tag '{}'", name));
}

} // namespace coop::git
