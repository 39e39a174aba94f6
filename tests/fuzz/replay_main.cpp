// Replays inputs through a fuzz target's LLVMFuzzerTestOneInput without libFuzzer.
//
// Linked with each tests/fuzz/<target>_fuzz.cpp in the normal (gcc) build, so the seed corpus and
// every crash ever found (tests/data/fuzz-regressions/<target>/) run in every `scripts/test`, and
// under the sanitizer presets with ASan/UBSan. A target reports a violated property by aborting,
// which fails the CTest case.
//
//   <target>_replay PATH...   each PATH a file, or a directory read recursively in name order
//
// Each input is copied into a buffer of exactly its size, so a read past the end is caught by
// AddressSanitizer as it would be under libFuzzer. Directories that do not exist are skipped (a
// target may have no regression inputs yet); finding no input at all is an error, so a mistyped
// path cannot make the test pass without running anything.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputs_under(const std::filesystem::path& path) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  if (std::filesystem::is_regular_file(path, error)) {
    files.push_back(path);
  } else if (std::filesystem::is_directory(path, error)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path, error)) {
      // README.md files describe a directory; they are not inputs.
      if (entry.is_regular_file() && entry.path().filename() != "README.md") {
        files.push_back(entry.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool replay(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
    return false;
  }
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  // An exactly sized copy: no slack after the last byte for an overread to hide in.
  const auto buffer = std::make_unique<std::uint8_t[]>(bytes.size() + (bytes.empty() ? 1 : 0));
  std::copy(bytes.begin(), bytes.end(), buffer.get());
  std::fprintf(stderr, "replay: %s (%zu bytes)\n", file.c_str(), bytes.size());
  LLVMFuzzerTestOneInput(buffer.get(), bytes.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t replayed = 0;
  for (int i = 1; i < argc; ++i) {
    for (const auto& file : inputs_under(argv[i])) {
      if (!replay(file)) return 1;
      ++replayed;
    }
  }
  if (replayed == 0) {
    std::fprintf(stderr, "replay: no input found under the given paths\n");
    return 1;
  }
  std::printf("replay: %zu inputs, no property violated\n", replayed);
  return 0;
}
