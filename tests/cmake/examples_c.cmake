# examples/c: C programs an integrator can start from, built against libjixiao.so.1 and run on the
# 番禺 example (their output is checked, not only their exit status).
add_executable(example_c_review ${PROJECT_SOURCE_DIR}/examples/c/review.c)
set_target_properties(example_c_review PROPERTIES C_STANDARD 99 C_EXTENSIONS OFF)
target_compile_options(example_c_review PRIVATE -Wall -Wextra -pedantic)
target_link_libraries(example_c_review PRIVATE jixiao::c)

add_test(NAME example_c_review
         COMMAND example_c_review ${PROJECT_SOURCE_DIR}/examples/panyu-2023/declaration.json)
set_tests_properties(example_c_review PROPERTIES LABELS "capi;examples"
  PASS_REGULAR_EXPRESSION "\\[错误\\] JX-IND-006 /indicators/0/annual_target 「租赁场地面积。」.*8 errors, 13 warnings, 23 infos; verdict fair \\(policy national-2015\\)")
add_test(NAME example_c_review_with_preset
         COMMAND example_c_review ${PROJECT_SOURCE_DIR}/examples/panyu-2023/declaration.json
                 national-2021)
set_tests_properties(example_c_review_with_preset PROPERTIES LABELS "capi;examples"
  PASS_REGULAR_EXPRESSION "\\(policy national-2021\\)")
add_test(NAME example_c_review_bad_input
         COMMAND example_c_review ${PROJECT_SOURCE_DIR}/tests/data/malformed/wrong-type.json)
set_tests_properties(example_c_review_bad_input PROPERTIES LABELS "capi;examples" WILL_FAIL TRUE)
