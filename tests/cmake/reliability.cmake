# The bad-input catalogue (tests/data/bad-input/, tests/reliability/bad_input_test.cpp): hostile
# inputs replayed through the C++ API and, when the C ABI is built, through the C ABI as well.
add_executable(bad_input_test ${PROJECT_SOURCE_DIR}/tests/reliability/bad_input_test.cpp
                              ${PROJECT_SOURCE_DIR}/tests/reliability/bad_input_manifest.cpp)
target_include_directories(bad_input_test PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(bad_input_test PRIVATE jixiao::jixiao GTest::gtest_main Boost::json)
if(TARGET jixiao::c)
  target_link_libraries(bad_input_test PRIVATE jixiao::c)
  target_compile_definitions(bad_input_test PRIVATE JIXIAO_TEST_CAPI)
endif()
target_compile_definitions(bad_input_test PRIVATE JIXIAO_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
jixiao_set_warnings(bad_input_test)
gtest_discover_tests(bad_input_test DISCOVERY_TIMEOUT 60 PROPERTIES LABELS "unit;bad-input")
