#include "git/git_library.hpp"

#include <git2.h>

namespace coop {

GitLibrary::GitLibrary() {
    git_libgit2_init();
}
GitLibrary::~GitLibrary() {
    git_libgit2_shutdown();
}

} // namespace coop
