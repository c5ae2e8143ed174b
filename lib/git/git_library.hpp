#pragma once
// libgit2's global initialisation, reference counted by libgit2 itself: one of
// these in main, made before any handle and destroyed after all of them.
namespace coop {

class GitLibrary {
  public:
    GitLibrary();
    ~GitLibrary();
    GitLibrary(const GitLibrary&) = delete;
    GitLibrary& operator=(const GitLibrary&) = delete;
};

} // namespace coop
