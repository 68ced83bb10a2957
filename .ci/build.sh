# Sourced by .ci/setup and .ci/fuzz: how a build folder is configured and built.

# The sanitizer build (build-asan/): clang, ASan + UBSan, and libFuzzer's coverage instrumentation, so
# one compile of the engine serves both its tests (which do not need the coverage, and run a little
# slower for it) and the fuzz targets. -O1 with line tables only: reports keep file:line, the build takes half the time.
# Without -DNDEBUG, unlike Release: assert() and nlohmann's JSON_ASSERT check too.
asan_configure=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only"
                -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
                -DCNNLAB_BUILD_GUI=OFF -DCNNLAB_SANITIZE=ON -DCNNLAB_FUZZ=ON)
fuzz_targets=(fuzz_idx fuzz_spec fuzz_model fuzz_matrix fuzz_classroom)

# build DIR LOG CMAKE_ARGS… [-- TARGETS…]: configures DIR (with Ninja, when it is new) and builds the
# targets (all without any), appending to LOG; on failure, the log's tail and exit 1.
build() {
  local dir=$1 log=$2 configure=() targets=()
  shift 2
  while (($#)) && [[ $1 != -- ]]; do configure+=("$1"); shift; done
  (($#)) && shift && targets=("$@")
  local generator=()
  [[ -f $dir/CMakeCache.txt ]] || generator=(-G Ninja)
  cmake "${generator[@]}" -S . -B "$dir" "${configure[@]}" >> "$log" 2>&1 || { tail -n 60 "$log"; exit 1; }
  cmake --build "$dir" -j"$(nproc)" ${targets[@]+--target "${targets[@]}"} >> "$log" 2>&1 || { tail -n 60 "$log"; exit 1; }
}
