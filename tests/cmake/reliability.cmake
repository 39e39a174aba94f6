# The reliability suites (docs/reliability.md), linked with the C ABI when it is built so that
# they exercise it too:
# - bad_input_test: the bad-input catalogue (tests/data/bad-input/) through the C++ API and the
#   C ABI;
# - threads_test: readers shared by many threads (run under ThreadSanitizer by the tsan preset).
foreach(suite IN ITEMS bad_input threads)
  set(suite_sources ${PROJECT_SOURCE_DIR}/tests/reliability/${suite}_test.cpp)
  if(suite STREQUAL "bad_input")
    list(APPEND suite_sources ${PROJECT_SOURCE_DIR}/tests/reliability/bad_input_manifest.cpp)
  endif()
  add_executable(${suite}_test ${suite_sources})
  target_include_directories(${suite}_test PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
  target_link_libraries(${suite}_test PRIVATE jixiao::jixiao GTest::gtest_main Boost::json)
  if(TARGET jixiao::c)
    target_link_libraries(${suite}_test PRIVATE jixiao::c)
    target_compile_definitions(${suite}_test PRIVATE JIXIAO_TEST_CAPI)
  endif()
  target_compile_definitions(${suite}_test PRIVATE JIXIAO_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  jixiao_set_warnings(${suite}_test)
  gtest_discover_tests(${suite}_test DISCOVERY_TIMEOUT 60 PROPERTIES LABELS "unit;reliability")
endforeach()
