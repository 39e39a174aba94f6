# The Python package (bindings/python) under pytest: one CTest test per
# tests/python/binding/test_*.py, each importing the build-tree package (build/<preset>/python).
if(NOT JIXIAO_BUILD_PYTHON)
  return()
endif()

file(GLOB JIXIAO_PYTHON_TESTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/python/binding/test_*.py)
foreach(test_file IN LISTS JIXIAO_PYTHON_TESTS)
  get_filename_component(test_name ${test_file} NAME_WE)
  string(REGEX REPLACE "^test_" "" test_name ${test_name})
  add_test(NAME python.${test_name}
           COMMAND ${Python3_EXECUTABLE} -B -m pytest -q -p no:cacheprovider -rs ${test_file})
  set_tests_properties(python.${test_name} PROPERTIES
    LABELS python
    TIMEOUT 600
    ENVIRONMENT "PYTHONPATH=${JIXIAO_PYTHON_DIR};JIXIAO_PYTHON_DIR=${JIXIAO_PYTHON_DIR};JIXIAO_SOURCE_DIR=${PROJECT_SOURCE_DIR};JIXIAO_BUILD_DIR=${PROJECT_BINARY_DIR};JIXIAO_CLI=$<TARGET_FILE:jixiao_cli>;JIXIAO_C_COMPILER=${CMAKE_C_COMPILER};PYTHONDONTWRITEBYTECODE=1")
endforeach()
