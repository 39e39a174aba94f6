# The `jixiao` command-line tool through its exit codes and outputs (tests/cli/expect.cmake).
set(JIXIAO_CLI_EXPECT ${PROJECT_SOURCE_DIR}/tests/cli/expect.cmake)
set(JIXIAO_DATA ${PROJECT_SOURCE_DIR}/tests/data)
set(JIXIAO_PANYU ${PROJECT_SOURCE_DIR}/examples/panyu-2023/declaration.json)

# jixiao_cli_test(<name> ARGS <a|b> EXIT <code> [other -D settings of expect.cmake...])
function(jixiao_cli_test name)
  cmake_parse_arguments(PARSE_ARGV 1 test "" "ARGS;EXIT" "DEFINES")
  set(defines)
  foreach(define IN LISTS test_DEFINES)
    list(APPEND defines "-D${define}")
  endforeach()
  add_test(NAME cli.${name}
           COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:jixiao_cli> "-DARGS=${test_ARGS}"
                   -DEXIT=${test_EXIT} ${defines} -P ${JIXIAO_CLI_EXPECT})
  set_tests_properties(cli.${name} PROPERTIES LABELS cli)
endfunction()

jixiao_cli_test(show.panyu ARGS "show|${JIXIAO_PANYU}" EXIT 0 DEFINES
  "STDOUT_REGEX=部门 department: 番禺区政务服务数据管理局\n年度 fiscal year: 2023\n类型 kind: 部门整体.*部门预算支出 expenditure: 15094\\.71 万元\n  收入来源 income: 15094\\.71 万元\n  按预算级次划分 by level: 15094\\.71 万元\n年度重点工作任务 key tasks: 2, 拟投入资金 planned funding: 6822\\.10 万元\n绩效指标 indicators: 52\n  产出指标: 36\n    数量指标: 21\n.*  满意度指标: 1\n    服务对象满意度指标: 1\n$")
jixiao_cli_test(show.self_evaluation ARGS "show|${JIXIAO_DATA}/documents/self-evaluation.json" EXIT 0
  DEFINES "STDOUT_REGEX=绩效自评表.*项目 project: 示例校舍维修项目.*年度资金总额: 全年预算数 4605000\\.00, 全年执行数 4420800\\.00.*自评得分 total score: 85\\.39, 评价等级 grade: 良")
jixiao_cli_test(show.monitoring_report ARGS "show|${JIXIAO_DATA}/documents/monitoring-report.json" EXIT 0
  DEFINES "STDOUT_REGEX=监控期间 period: 1–7 月.*完成目标可能性 likelihood: 确定能 1, 有可能 1, 完全不可能 0")
jixiao_cli_test(show.stdin ARGS "show|-" EXIT 0 DEFINES "INPUT=${JIXIAO_PANYU}"
  "STDOUT_REGEX=番禺区政务服务数据管理局.*绩效指标 indicators: 52")
jixiao_cli_test(show.wrong_type ARGS "show|${JIXIAO_DATA}/malformed/wrong-type.json" EXIT 2 DEFINES
  "STDERR_REGEX=wrong-type\\.json: /indicators/2/annual_target: 应为字符串，实际为数字 / expected a string, got a number \\[document_error\\]")
jixiao_cli_test(show.invalid_utf8 ARGS "show|${JIXIAO_DATA}/malformed/invalid-utf8.json" EXIT 2 DEFINES
  "STDERR_REGEX=invalid-utf8\\.json: byte [0-9]+: .*\\[invalid_utf8\\]")
jixiao_cli_test(show.missing_file ARGS "show|${JIXIAO_DATA}/no-such-file.json" EXIT 2 DEFINES
  "STDERR_REGEX=no-such-file\\.json: .*\\[io_error\\]")
jixiao_cli_test(convert.panyu_stdout ARGS "convert|${JIXIAO_PANYU}" EXIT 0 DEFINES
  "STDOUT_FILE=${JIXIAO_DATA}/golden/panyu-2023-declaration.json")
jixiao_cli_test(convert.panyu_file ARGS "convert|${JIXIAO_PANYU}|-o|${PROJECT_BINARY_DIR}/cli-convert-panyu.json"
  EXIT 0 DEFINES "OUTPUT=${PROJECT_BINARY_DIR}/cli-convert-panyu.json"
  "OUTPUT_EQUALS=${JIXIAO_DATA}/golden/panyu-2023-declaration.json")
jixiao_cli_test(convert.wrong_type ARGS "convert|${JIXIAO_DATA}/malformed/wrong-type.json" EXIT 2 DEFINES
  "STDERR_REGEX=/indicators/2/annual_target: .*\\[document_error\\]")
