# `jixiao target`: the command line of the 指标值 parser (argument handling and JSON shape).
add_test(NAME target_cli
         COMMAND /usr/bin/python3 -m pytest -q -p no:cacheprovider
                 ${PROJECT_SOURCE_DIR}/tests/python/test_target_cli.py)
set_tests_properties(target_cli PROPERTIES
  LABELS "cli;python"
  TIMEOUT 120
  ENVIRONMENT "JIXIAO_CLI=$<TARGET_FILE:jixiao_cli>")
