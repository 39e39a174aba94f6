/* Fixtures of the C ABI tests: reading the example documents of the source tree. */
#ifndef JIXIAO_TESTS_FIXTURES_H
#define JIXIAO_TESTS_FIXTURES_H

#include <stdio.h>
#include <stdlib.h>

/* The contents of JIXIAO_SOURCE_DIR/relative_path, NUL-terminated; *size receives its length.
   Exits with status 2 when the file cannot be read (a broken checkout, not a test failure). */
static char *read_source_file(const char *relative_path, size_t *size) {
  char path[4096];
  FILE *file;
  long length;
  char *text;
  snprintf(path, sizeof path, "%s/%s", JIXIAO_SOURCE_DIR, relative_path);
  file = fopen(path, "rb");
  if (file == NULL || fseek(file, 0, SEEK_END) != 0 || (length = ftell(file)) < 0 ||
      fseek(file, 0, SEEK_SET) != 0) {
    fprintf(stderr, "cannot read %s\n", path);
    exit(2);
  }
  text = (char *)malloc((size_t)length + 1);
  if (text == NULL || fread(text, 1, (size_t)length, file) != (size_t)length) {
    fprintf(stderr, "cannot read %s\n", path);
    exit(2);
  }
  text[length] = '\0';
  fclose(file);
  *size = (size_t)length;
  return text;
}

#endif
