# Differential test of the formula engine's double mode against muparser (libmuparser-dev).
# Defined here, outside the tests/unit glob, so only this executable links muparser.
find_package(muparser CONFIG REQUIRED)
add_executable(formula_muparser_difftest
               ${CMAKE_CURRENT_SOURCE_DIR}/differential/formula_muparser_diff.cpp)
target_link_libraries(formula_muparser_difftest
                      PRIVATE jixiao::jixiao GTest::gtest_main muparser::muparser)
jixiao_set_warnings(formula_muparser_difftest)
gtest_discover_tests(formula_muparser_difftest DISCOVERY_TIMEOUT 60 PROPERTIES LABELS differential)
