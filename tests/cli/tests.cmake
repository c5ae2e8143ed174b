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
          ${PROJECT_SOURCE_DIR}/../shared/tools/gen-ledger.py)

add_test(NAME man-pages-match-help
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_manpages.sh $<TARGET_FILE:coop>
          ${PROJECT_SOURCE_DIR}/man)

add_test(NAME init-creates-valid-ledger
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cli/init_creates_valid_ledger.sh $<TARGET_FILE:coop>)

# The writing commands (log, review, revenue, expense) in temporary git repositories.
foreach(area log review revenue commit concurrent merge)
  add_test(NAME write-${area}
    COMMAND ${COOP_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/cli/write/test_${area}.py $<TARGET_FILE:coop>)
endforeach()
