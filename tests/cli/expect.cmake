# Runs one command and checks its exit code and output (CTest's PASS_REGULAR_EXPRESSION ignores
# the exit code, and the CLI's contract is both).
#
#   cmake -DPROGRAM=<exe> -DARGS=<a|b|c> -DEXIT=<code>
#         [-DSTDOUT_REGEX=<re>] [-DSTDERR_REGEX=<re>] [-DSTDOUT_FILE=<file whose bytes stdout must equal>]
#         [-DOUTPUT=<file the command writes> -DOUTPUT_EQUALS=<file it must equal>]
#         [-DINPUT=<file given as standard input>]
#         -P expect.cmake
string(REPLACE "|" ";" args "${ARGS}")
if(DEFINED OUTPUT)
  file(REMOVE "${OUTPUT}")
endif()
set(input)
if(DEFINED INPUT)
  set(input INPUT_FILE "${INPUT}")
endif()
execute_process(COMMAND "${PROGRAM}" ${args} ${input}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("exit ${code}\n--- stdout\n${out}--- stderr\n${err}")
if(NOT code STREQUAL "${EXIT}")
  message(FATAL_ERROR "expected exit code ${EXIT}, got ${code}")
endif()
if(DEFINED STDOUT_REGEX AND NOT out MATCHES "${STDOUT_REGEX}")
  message(FATAL_ERROR "stdout does not match: ${STDOUT_REGEX}")
endif()
if(DEFINED STDERR_REGEX AND NOT err MATCHES "${STDERR_REGEX}")
  message(FATAL_ERROR "stderr does not match: ${STDERR_REGEX}")
endif()
if(DEFINED STDOUT_FILE)
  file(READ "${STDOUT_FILE}" expected)
  if(NOT out STREQUAL expected)
    message(FATAL_ERROR "stdout differs from ${STDOUT_FILE}")
  endif()
endif()
if(DEFINED OUTPUT)
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUTPUT}" "${OUTPUT_EQUALS}"
                  RESULT_VARIABLE differs)
  if(differs)
    message(FATAL_ERROR "${OUTPUT} differs from ${OUTPUT_EQUALS}")
  endif()
endif()
