# Fuzz targets: every tests/fuzz/<name>_fuzz.cpp defines LLVMFuzzerTestOneInput. The same source is
# built one of two ways (docs/reliability.md):
# - JIXIAO_FUZZERS=ON (the `fuzz` preset, clang 14): a libFuzzer executable fuzz_<name>; the build
#   target `jixiao_fuzzers` builds them all (scripts/fuzz-short, scripts/fuzz-long run them);
# - otherwise (every other preset, gcc): fuzz_replay_<name>, the target linked with
#   tests/fuzz/replay_main.cpp, registered with CTest to replay the seed corpus
#   tests/fuzz/corpus/<name>/ and the crash regressions tests/data/fuzz-regressions/<name>/.
# Targets named capi_*_fuzz.cpp drive the C ABI and are built only when it exists.
option(JIXIAO_FUZZERS "Build the libFuzzer executables (clang only; the fuzz preset)" OFF)

file(GLOB JIXIAO_FUZZ_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/fuzz/*_fuzz.cpp)
if(JIXIAO_FUZZERS)
  add_custom_target(jixiao_fuzzers)
endif()

foreach(fuzz_source IN LISTS JIXIAO_FUZZ_SOURCES)
  get_filename_component(fuzz_file ${fuzz_source} NAME_WE)
  string(REGEX REPLACE "_fuzz$" "" fuzz_name ${fuzz_file})
  set(fuzz_libraries jixiao::jixiao Boost::json)
  set(fuzz_extra_sources)
  if(fuzz_name MATCHES "^capi")
    if(NOT TARGET jixiao::c)
      continue()
    endif()
    if(JIXIAO_FUZZERS)
      # clang links the sanitizer runtimes into executables only, so the shared libjixiao.so
      # cannot be linked with -fsanitize (it is built with --no-undefined). The fuzzer compiles
      # the C ABI's sources into its own executable instead; the replay build below uses the
      # shared library itself, as users do.
      get_target_property(fuzz_extra_sources jixiao_c SOURCES)
    else()
      list(APPEND fuzz_libraries jixiao::c)
    endif()
  endif()

  if(JIXIAO_FUZZERS)
    set(fuzz_target fuzz_${fuzz_name})
    add_executable(${fuzz_target} ${fuzz_source} ${fuzz_extra_sources})
    target_include_directories(${fuzz_target} PRIVATE ${PROJECT_SOURCE_DIR}/capi/include
                                                      ${PROJECT_SOURCE_DIR}/capi/src)
    target_compile_options(${fuzz_target} PRIVATE -fsanitize=fuzzer)
    target_link_options(${fuzz_target} PRIVATE -fsanitize=fuzzer)
    add_dependencies(jixiao_fuzzers ${fuzz_target})
  else()
    set(fuzz_target fuzz_replay_${fuzz_name})
    add_executable(${fuzz_target} ${fuzz_source} ${PROJECT_SOURCE_DIR}/tests/fuzz/replay_main.cpp)
    add_test(NAME ${fuzz_target}
             COMMAND ${fuzz_target} ${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${fuzz_name}
                     ${PROJECT_SOURCE_DIR}/tests/data/fuzz-regressions/${fuzz_name})
    set_tests_properties(${fuzz_target} PROPERTIES LABELS fuzz)
  endif()
  target_include_directories(${fuzz_target} PRIVATE ${PROJECT_SOURCE_DIR}/src
                                                    ${PROJECT_SOURCE_DIR}/tests/fuzz)
  target_link_libraries(${fuzz_target} PRIVATE ${fuzz_libraries})
  target_compile_definitions(${fuzz_target} PRIVATE JIXIAO_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  jixiao_set_warnings(${fuzz_target})
endforeach()
