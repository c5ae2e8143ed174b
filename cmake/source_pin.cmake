# The coop that a new ledger's CI builds (`coop init` writes it into
# .github/workflows/coop.yml): a git URL of coop's source and a tag or commit
# of it. By default this checkout's origin, when it is a network URL, and the
# release tag of this version; packagers and forks set their own.
set(_pin_url "https://github.com/OWNER/coop.git")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
  execute_process(COMMAND ${GIT_EXECUTABLE} -C ${PROJECT_SOURCE_DIR} remote get-url origin
    OUTPUT_VARIABLE _origin OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _rc)
  if(_rc EQUAL 0 AND _origin MATCHES "^(https?|ssh|git)://|^[^/]+@[^/]+:")
    set(_pin_url "${_origin}")
  endif()
endif()
set(COOP_SOURCE_URL "${_pin_url}" CACHE STRING "git URL of coop's source, for the CI of new ledgers")
set(COOP_SOURCE_REF "v${PROJECT_VERSION}" CACHE STRING
  "tag or commit of coop's source, for the CI of new ledgers")
