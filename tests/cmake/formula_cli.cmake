# `jixiao eval` end to end (docs/formula.md §12): exact and double mode, JSON output, display,
# errors with their offsets and exit code 1, and '--' before a formula that starts with '-'.
function(jixiao_formula_cli_test name expected_exit expected_stdout)
  string(JOIN "|" arguments ${ARGN})
  add_test(NAME formula_cli.${name}
           COMMAND ${CMAKE_COMMAND} "-DEXE=$<TARGET_FILE:jixiao_cli>" "-DARGS=${arguments}"
                   "-DEXPECT_EXIT=${expected_exit}" "-DEXPECT_STDOUT=${expected_stdout}"
                   -P ${PROJECT_SOURCE_DIR}/tests/cli/formula_cli_check.cmake)
  set_tests_properties(formula_cli.${name} PROPERTIES LABELS cli)
endfunction()

jixiao_formula_cli_test(rate_json 0
  "{\"value\":\"0.95\",\"display\":\"95%\",\"variables\":[\"a\",\"b\"]}"
  eval --format json "a/b×100%" a=38 b=40)
jixiao_formula_cli_test(rate_json_double 0
  "{\"value\":\"0.95\",\"display\":\"95%\",\"variables\":[\"a\",\"b\"]}"
  eval --format json --double "a/b×100%" a=38 b=40)
jixiao_formula_cli_test(seed_definition_text 0 "故障维护及时率 = 0.9 (90%)"
  eval "故障维护及时率=及时维护的故障数量/总故障数量 X100%" 及时维护的故障数量=45 总故障数量=50)
jixiao_formula_cli_test(seed_definition_json 0
  "{\"name\":\"安保工作完成率\",\"value\":\"0.975\",\"display\":\"97.5%\",\"variables\":[\"实际完成安保工作量\",\"计划完成安保工作量\"]}"
  eval --format json "安保工作完成率= 实际完成安保工作量/计划完成安保工作量 X100%"
  实际完成安保工作量=1,170 计划完成安保工作量=１２００)
jixiao_formula_cli_test(leading_minus 0 "-4" eval -- "-2^2")
jixiao_formula_cli_test(leading_minus_json 0
  "{\"value\":\"-0.5\",\"display\":\"-0.5\",\"variables\":[\"x\"]}"
  eval --format json -- "-x/2" x=1)
jixiao_formula_cli_test(exact_sum 0 "{\"value\":\"1\",\"display\":\"成立\",\"variables\":[]}"
  eval --format json "0.1+0.2 = 0.3")
jixiao_formula_cli_test(double_sum 0
  "{\"value\":\"0.30000000000000004\",\"display\":\"0.3\",\"variables\":[]}"
  eval --format json --double "0.1+0.2")
jixiao_formula_cli_test(balance_rule 0 "1 (成立)"
  eval "基本支出 + 项目支出 = 总额" 基本支出=1163.71 项目支出=100.29 总额=1264)
jixiao_formula_cli_test(parse_error_json 1
  "{\"error\":{\"code\":\"parse_error\",\"message\":\"第 5 个字符处缺少右括号 / missing ')' at character 5\",\"offset\":4,\"byte_offset\":4}}"
  eval --format json "(a+b")
jixiao_formula_cli_test(division_by_zero_json 1
  "{\"error\":{\"code\":\"division_by_zero\",\"message\":\"第 2 个字符处的「÷」除数为零 / division by zero in '÷' at character 2\",\"offset\":1,\"byte_offset\":1}}"
  eval --format json "a÷b" a=1 b=0)
jixiao_formula_cli_test(missing_value_json 1
  "{\"error\":{\"code\":\"missing_value\",\"message\":\"变量「b」没有值 / variable 'b' has no value\",\"offset\":2,\"byte_offset\":2}}"
  eval --format json "a+b" a=1)
jixiao_formula_cli_test(unknown_variable_json 1
  "{\"error\":{\"code\":\"invalid_argument\",\"message\":\"公式中没有变量「c」 / the formula has no variable 'c'\",\"offset\":null,\"byte_offset\":null}}"
  eval --format json "a+b" a=1 b=2 c=3)
jixiao_formula_cli_test(overflow_double_json 1
  "{\"error\":{\"code\":\"overflow\",\"message\":\"第 2 个字符处的「^」结果超出范围 / result of '^' at character 2 is out of range\",\"offset\":1,\"byte_offset\":1}}"
  eval --format json --double "a^10" a=10000000000000000000000000000000000000)
jixiao_formula_cli_test(text_error 1 "" eval "1/0")
