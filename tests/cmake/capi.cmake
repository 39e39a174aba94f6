# The C ABI suites: C test programs (one per tests/capi/*_test.c) and the export-surface check.
find_package(Threads REQUIRED)
file(GLOB JIXIAO_CAPI_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/capi/*_test.c)
foreach(test_source IN LISTS JIXIAO_CAPI_TESTS)
  get_filename_component(test_name ${test_source} NAME_WE)
  set(target capi_${test_name})
  add_executable(${target} ${test_source})
  set_target_properties(${target} PROPERTIES C_STANDARD 99 C_EXTENSIONS OFF)
  target_compile_options(${target} PRIVATE -Wall -Wextra -pedantic)
  target_compile_definitions(${target} PRIVATE JIXIAO_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  target_link_libraries(${target} PRIVATE jixiao::c Threads::Threads m)
  add_test(NAME ${target} COMMAND ${target})
  # 77: the program cannot run in this build (nomem_test under a sanitizer) and says why.
  set_tests_properties(${target} PROPERTIES LABELS capi SKIP_RETURN_CODE 77)
endforeach()

add_test(NAME capi_exports_only_jx_symbols
         COMMAND ${CMAKE_COMMAND} -DLIBRARY=$<TARGET_FILE:jixiao_c>
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/capi/check_exports.cmake)
set_tests_properties(capi_exports_only_jx_symbols PROPERTIES LABELS capi)

# Two consumer projects built against the installed tree (CMake package and pkg-config).
add_test(NAME capi_installed_consumers
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/consumers/check-consumers.sh ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR})
set_tests_properties(capi_installed_consumers PROPERTIES LABELS capi RUN_SERIAL TRUE)

# The ABI may only grow: compare the built library with the committed baseline (abigail-tools).
add_test(NAME capi_abi_compatible_with_baseline
         COMMAND ${PROJECT_SOURCE_DIR}/scripts/check-abi $<TARGET_FILE:jixiao_c> ${PROJECT_SOURCE_DIR})
set_tests_properties(capi_abi_compatible_with_baseline PROPERTIES LABELS capi)

# The header-only C++ wrapper, compiled as C++17 against the shared library only (no C++ core).
add_executable(capi_jixiao_hpp_test ${CMAKE_CURRENT_SOURCE_DIR}/capi/cpp/jixiao_hpp_test.cpp)
set_target_properties(capi_jixiao_hpp_test PROPERTIES CXX_STANDARD 17 CXX_EXTENSIONS OFF)
target_compile_definitions(capi_jixiao_hpp_test PRIVATE JIXIAO_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(capi_jixiao_hpp_test PRIVATE jixiao::c GTest::gtest_main GTest::gmock
                                                   Threads::Threads)
jixiao_set_warnings(capi_jixiao_hpp_test)
gtest_discover_tests(capi_jixiao_hpp_test DISCOVERY_TIMEOUT 60 PROPERTIES LABELS capi)

# Every function of jixiao.h is exercised by a C test.
add_test(NAME capi_every_function_tested
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/capi/check_coverage.cmake)
set_tests_properties(capi_every_function_tested PROPERTIES LABELS capi)
