# `jixiao review` and `jixiao policy`: outputs, exit codes, folders, policies, terminals.
add_test(NAME review_cli
         COMMAND /usr/bin/python3 -m pytest -q -p no:cacheprovider
                 ${PROJECT_SOURCE_DIR}/tests/python/test_review_cli.py)
set_tests_properties(review_cli PROPERTIES
  LABELS "cli;python"
  TIMEOUT 300
  ENVIRONMENT "JIXIAO_CLI=$<TARGET_FILE:jixiao_cli>")
