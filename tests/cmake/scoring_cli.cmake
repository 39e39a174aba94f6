# `jixiao score` and `jixiao monitor` end to end (docs/scoring.md, docs/monitoring.md): the 番禺
# examples against their golden outputs byte for byte, policies by preset and by file, and the
# exit codes (0 compliant, 1 findings or differences, 2 unreadable input or policy).
# Uses jixiao_cli_test() from cli.cmake (included before this file: the glob is sorted).
set(JIXIAO_PANYU_SE ${PROJECT_SOURCE_DIR}/examples/panyu-2023/self-evaluation.json)
set(JIXIAO_PANYU_MR ${PROJECT_SOURCE_DIR}/examples/panyu-2023/monitoring-report.json)
set(JIXIAO_GOLDEN ${JIXIAO_DATA}/golden)

jixiao_cli_test(score.panyu_json ARGS "score|--format|json|${JIXIAO_PANYU_SE}" EXIT 1 DEFINES
  "STDOUT_FILE=${JIXIAO_GOLDEN}/panyu-2023-scorecard.json")
jixiao_cli_test(score.panyu_text ARGS "score|${JIXIAO_PANYU_SE}" EXIT 1 DEFINES
  "STDOUT_FILE=${JIXIAO_GOLDEN}/panyu-2023-scorecard.txt")
# The declaration supplies nothing the example lacks (its weights are blank too): same scorecard.
jixiao_cli_test(score.panyu_with_declaration
  ARGS "score|--format|json|--declaration|${JIXIAO_PANYU}|${JIXIAO_PANYU_SE}" EXIT 1 DEFINES
  "STDOUT_FILE=${JIXIAO_GOLDEN}/panyu-2023-scorecard.json")
jixiao_cli_test(score.stdin ARGS "score|--format|json|-" EXIT 1 DEFINES "INPUT=${JIXIAO_PANYU_SE}"
  "STDOUT_FILE=${JIXIAO_GOLDEN}/panyu-2023-scorecard.json")
jixiao_cli_test(score.compliant ARGS "score|${JIXIAO_DATA}/documents/self-evaluation-compliant.json"
  EXIT 0 DEFINES "STDOUT_REGEX=总分 total: 97\\.60   评价等级 grade: 优.*differences \\(audit\\): 0\n\n发现 findings: 0\n$")
jixiao_cli_test(score.preset ARGS "score|--policy|national-2021|${JIXIAO_PANYU_SE}" EXIT 1 DEFINES
  "STDOUT_REGEX=规则 policy: national-2021")
jixiao_cli_test(score.policy_file
  ARGS "score|--policy|${JIXIAO_DATA}/policies/local-variant.json|${JIXIAO_PANYU_SE}" EXIT 1 DEFINES
  "STDOUT_REGEX=规则 policy: local-variant-test.*得分 score 8\\.67 / 分值 weight 10.*budget_execution \\(tiered\\).*1\\.38 × 20 ÷ 23 = 1\\.20.*总分 total: 90\\.12")
jixiao_cli_test(score.policy_unknown ARGS "score|--policy|national-2099|${JIXIAO_PANYU_SE}" EXIT 2 DEFINES
  "STDERR_REGEX=national-2099: 既不是规则预设.*\\[policy_error\\]")
jixiao_cli_test(score.policy_invalid
  ARGS "score|--policy|${JIXIAO_DATA}/policies/overlapping-grades.json|${JIXIAO_PANYU_SE}" EXIT 2 DEFINES
  "STDERR_REGEX=overlapping-grades\\.json: /scoring/grade_bands/1/upper_inclusive: .*\\[policy_error\\]")
jixiao_cli_test(score.not_self_evaluation ARGS "score|${JIXIAO_PANYU}" EXIT 2 DEFINES
  "STDERR_REGEX=declaration\\.json: /schema: 不是绩效自评表.*\\[document_error\\]")
jixiao_cli_test(score.declaration_not_declaration
  ARGS "score|--declaration|${JIXIAO_PANYU_SE}|${JIXIAO_PANYU_SE}" EXIT 2 DEFINES
  "STDERR_REGEX=/schema: 不是绩效目标申报表.*\\[document_error\\]")
jixiao_cli_test(score.bad_document ARGS "score|${JIXIAO_DATA}/malformed/wrong-type.json" EXIT 2 DEFINES
  "STDERR_REGEX=\\[document_error\\]")

jixiao_cli_test(monitor.panyu_json ARGS "monitor|--format|json|${JIXIAO_PANYU_MR}" EXIT 1 DEFINES
  "STDOUT_FILE=${JIXIAO_GOLDEN}/panyu-2023-monitoring.json")
jixiao_cli_test(monitor.panyu_text ARGS "monitor|${JIXIAO_PANYU_MR}" EXIT 1 DEFINES
  "STDOUT_FILE=${JIXIAO_GOLDEN}/panyu-2023-monitoring.txt")
jixiao_cli_test(monitor.policy_file
  ARGS "monitor|--policy|${JIXIAO_DATA}/policies/local-variant.json|${JIXIAO_PANYU_MR}" EXIT 1 DEFINES
  "STDOUT_REGEX=政务网络平均无故障时间。  绿 green  v = 100\\.96")
jixiao_cli_test(monitor.not_report ARGS "monitor|${JIXIAO_PANYU_SE}" EXIT 2 DEFINES
  "STDERR_REGEX=/schema: 不是绩效运行监控表.*\\[document_error\\]")
