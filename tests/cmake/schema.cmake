# Every JSON document under examples/ and tests/data/ validates against its JSON Schema
# (docs/schema/, draft 2020-12, Debian python3-jsonschema).
add_test(NAME schema.examples
         COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/schema/validate_examples.py
                 ${PROJECT_SOURCE_DIR})
set_tests_properties(schema.examples PROPERTIES LABELS schema)
