#!/usr/bin/env bash
# Installs the build tree into a scratch prefix, then builds and runs two C consumers against it:
# one with CMake find_package(jixiao), one with pkg-config and plain cc.
# Usage: check-consumers.sh <build dir> <source dir>
set -euo pipefail
build=$1
source=$2
work="$build/consumer-check"
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null

cmake -S "$source/tests/consumers/cmake" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/cmake-build" >/dev/null
LD_LIBRARY_PATH="$work/prefix/lib" "$work/cmake-build/consumer"

libdir=$(ls -d "$work"/prefix/lib*/pkgconfig | head -n 1)
export PKG_CONFIG_PATH="$libdir"
# shellcheck disable=SC2046
cc -std=c99 -Wall -Wextra -pedantic -Werror "$source/tests/consumers/consumer.c" -o "$work/pkgconfig-consumer" \
  $(pkg-config --cflags --libs jixiao)
LD_LIBRARY_PATH="$(pkg-config --variable=libdir jixiao)" "$work/pkgconfig-consumer"
echo "consumers: CMake find_package and pkg-config builds both ran"
