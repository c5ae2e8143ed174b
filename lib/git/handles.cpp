#include "git/handles.hpp"

#include <fmt/format.h>

#include "model/error.hpp"

namespace coop::git {

std::string last_error() {
    const git_error* e = git_error_last();
    return e && e->message ? e->message : "unknown libgit2 error";
}

void check(int rc, const std::string& what) {
    if (rc < 0) throw Error(ErrorKind::io, fmt::format("{}: {}", what, last_error()));
}

} // namespace coop::git
