# Installed like a real tool: the binary, the man pages, and bash, zsh and fish
# completions generated at build time by the binary itself (`coop completion
# SHELL`), so they never drift from the command definitions. Each goes where
# its tool looks: man and bash-completion under the prefix's share/ (both
# search /usr/local/share and /usr/share); zsh in share/zsh/vendor-completions
# for /usr (Debian's) and share/zsh/site-functions elsewhere (/usr/local's);
# fish in share/fish/vendor_completions.d for /usr, and elsewhere in the one
# fish reads (pkg-config's completionsdir): it does not search /usr/local.
include(GNUInstallDirs)

set(COOP_COMPLETIONS_DIR ${PROJECT_BINARY_DIR}/completions)
set(COOP_COMPLETIONS ${COOP_COMPLETIONS_DIR}/coop ${COOP_COMPLETIONS_DIR}/_coop
    ${COOP_COMPLETIONS_DIR}/coop.fish)
add_custom_command(OUTPUT ${COOP_COMPLETIONS}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${COOP_COMPLETIONS_DIR}
  COMMAND coop completion bash > ${COOP_COMPLETIONS_DIR}/coop
  COMMAND coop completion zsh > ${COOP_COMPLETIONS_DIR}/_coop
  COMMAND coop completion fish > ${COOP_COMPLETIONS_DIR}/coop.fish
  DEPENDS coop
  COMMENT "Generating the shell completions from coop's command definitions"
  VERBATIM)
add_custom_target(coop_completions ALL DEPENDS ${COOP_COMPLETIONS})

install(TARGETS coop RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
file(GLOB COOP_MAN_PAGES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/man/*.1)
install(FILES ${COOP_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${COOP_COMPLETIONS_DIR}/coop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
# Chosen when installing, not configuring: cpack installs into /usr whatever
# the configured prefix.
pkg_get_variable(COOP_FISH_PKG_DIR fish completionsdir)
install(CODE "
  set(zsh_dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/zsh/site-functions\")
  set(fish_dir \"${COOP_FISH_PKG_DIR}\")
  if(CMAKE_INSTALL_PREFIX STREQUAL \"/usr\" OR NOT fish_dir)
    set(fish_dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d\")
  endif()
  if(CMAKE_INSTALL_PREFIX STREQUAL \"/usr\")
    set(zsh_dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions\")
  endif()
  file(INSTALL \"${COOP_COMPLETIONS_DIR}/_coop\" DESTINATION \"\${zsh_dir}\")
  file(INSTALL \"${COOP_COMPLETIONS_DIR}/coop.fish\" DESTINATION \"\${fish_dir}\")")

# cpack -G DEB: a Debian package installing under /usr, its dependencies found
# by dpkg-shlibdeps from the binary's libraries.
set(CPACK_PACKAGE_NAME coop)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "coop maintainers <coop@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "books of a peer-run co-op, kept as YAML files in git")
set(CPACK_PACKAGE_DESCRIPTION
  "coop keeps the books of a peer-run company as plain YAML files in a git repository: members log and review work, treasurers book revenue, and coop validates the ledger, computes payouts exact to the cent and audits the history.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "git, openssh-client")
set(CPACK_STRIP_FILES ON)
include(CPack)
