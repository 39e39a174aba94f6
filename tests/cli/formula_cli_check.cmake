# Runs `jixiao` with ARGS ('|'-separated) and checks its exit code and standard output exactly
# (and, if given, standard error against a regular expression). Used by tests/cmake/formula_cli.cmake.
string(REPLACE "|" ";" arguments "${ARGS}")
execute_process(COMMAND "${EXE}" ${arguments}
                RESULT_VARIABLE exit_code OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(STRIP "${out}" out)
if(NOT exit_code EQUAL EXPECT_EXIT)
  message(FATAL_ERROR "exit code ${exit_code}, expected ${EXPECT_EXIT}\nstdout: ${out}\nstderr: ${err}")
endif()
if(NOT out STREQUAL EXPECT_STDOUT)
  message(FATAL_ERROR "stdout:\n  ${out}\nexpected:\n  ${EXPECT_STDOUT}\nstderr: ${err}")
endif()
if(DEFINED EXPECT_STDERR_REGEX AND NOT err MATCHES "${EXPECT_STDERR_REGEX}")
  message(FATAL_ERROR "stderr:\n  ${err}\ndoes not match:\n  ${EXPECT_STDERR_REGEX}")
endif()
