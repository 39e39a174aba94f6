# The bundled examples must stay faithful to the forms they were transcribed from
# (examples/<name>/source-form.txt); these checks need only Python's standard library and pytest.
add_test(NAME panyu_example_transcription
         COMMAND /usr/bin/python3 -m pytest -q -p no:cacheprovider
                 ${PROJECT_SOURCE_DIR}/tests/python/test_panyu_example.py)
set_tests_properties(panyu_example_transcription PROPERTIES LABELS "python;examples" TIMEOUT 120)
