#!/usr/bin/env bash
# The libFuzzer harness: builds RoadmapModel and RoadmapViews as static libraries instrumented
# for coverage and AddressSanitizer, links fuzz/*.swift and the explorer's pure state machine
# to them, and runs it. SwiftPM cannot build it: an executable target renames `main`, which
# clashes with libFuzzer's own.
#
#   scripts/fuzz.sh build              build .build-fuzz/roadmap-fuzz
#   scripts/fuzz.sh run [SECONDS]      fuzz for SECONDS (default $FUZZ_SECONDS, else 120; 0: no limit);
#                                      exit 1 on any crash, leak, timeout or memory blow-up
#   scripts/fuzz.sh repro FILE...      run files through the harness once (a crash reproduced)
#   scripts/fuzz.sh minimize FILE      the smallest input that still crashes, next to FILE
#   scripts/fuzz.sh merge              what runs found, cut to a small set with the same coverage, in
#                                      .build-fuzz/merged (to refresh fuzz/corpus by hand)
#
# Environment: FUZZ_SECONDS (run's default duration),
# FUZZ_ARGS (extra libFuzzer flags, e.g. -runs=10000000), FUZZ_OUT (the build and run folder,
# default .build-fuzz; a long run uses its own), SWIFT_BIN (default /opt/swift/usr/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export PATH="${SWIFT_BIN:-/opt/swift/usr/bin}:$PATH"

out=${FUZZ_OUT:-.build-fuzz}
case $out in /*) ;; *) out=$root/$out ;; esac
binary=$out/roadmap-fuzz
# Each limit is a failure: one input running longer than 10 s, a process above 2 GB.
limits=(-timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=300000 -detect_leaks=1)
# The symboliser names the Swift frames of a stack; leaks are failures. A small quarantine and
# short allocation stacks: the views allocate a cell per column and row, and ASan's defaults
# spend a third of the time faulting in fresh pages and recording stacks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:symbolize=1:quarantine_size_mb=64:malloc_context_size=12}"
# Leaks inside the toolchain's own libraries (fuzz/lsan.supp says which and why) are not ours.
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/fuzz/lsan.supp:print_suppressions=0}"
# Swift's own crash reporter would run after libFuzzer's, and never returns under ASan.
export SWIFT_BACKTRACE=enable=no
export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer || true)}"

# The pure part of the explorer (no ncurses): compiled into the harness, as the executable has it.
# Every file of Explorer/ but the loop, which drives the terminal, and the writing of exports
# and scenarios and the timing log, which touch the file system (the harness must not write files).
mapfile -t explorer_sources < <(find Sources/RoadmapTUI/Explorer -name '*.swift' ! -name ExplorerLoop.swift ! -name ExplorerExport.swift ! -name ExplorerScenario.swift ! -name TimingLog.swift | sort)

# Optimised like a release build, with debug information for the stacks, and instrumented.
# libxml2 (the MS Project XML reader) through the package's own module map, its headers where
# pkg-config says.
flags=(-O -g -sanitize=fuzzer,address -parse-as-library -wmo -I "$out" -I "$root/Sources/CLibXML2")
for include in $(pkg-config --cflags-only-I libxml-2.0); do flags+=(-Xcc "$include"); done

# A static library and its module, rebuilt when one of its sources changed.
library() {
  local name=$1 sources
  sources=$(find "Sources/$name" -name '*.swift' | sort)
  if [ -f "$out/lib$name.a" ] && [ -z "$(find "Sources/$name" -name '*.swift' -newer "$out/lib$name.a")" ]; then
    return
  fi
  # shellcheck disable=SC2086
  swiftc "${flags[@]}" -emit-library -static -emit-module -module-name "$name" \
    -emit-module-path "$out/$name.swiftmodule" -o "$out/lib$name.a" $sources
  rm -f "$binary"
}

build() {
  mkdir -p "$out"
  library RoadmapModel
  library RoadmapViews
  # From inside the build folder, where the debug information's module files land.
  (cd "$out" && swiftc "${flags[@]}" -use-ld=lld -D ROADMAP_FUZZER -module-name RoadmapFuzz -L . -lRoadmapViews -lRoadmapModel -lxml2 -lFoundationXML \
    -o roadmap-fuzz "$root"/fuzz/*.swift "${explorer_sources[@]/#/$root/}")
  echo "built $binary"
}

# Built when missing or older than any source it is made of.
ensure_built() {
  if [ ! -x "$binary" ] || [ -n "$(find Sources/RoadmapModel Sources/RoadmapViews Sources/RoadmapTUI/Explorer Sources/CLibXML2 fuzz -newer "$binary" \( -name '*.swift' -o -name '*.h' -o -name '*.modulemap' \))" ]; then
    build
  fi
}

# The seeds: the committed corpus, the fixed crashes (not the known ones of fuzz/pending/), the
# test fixtures and the shipped roadmap. New inputs go to the first folder, which is
# not committed.
prepare_seeds() {
  mkdir -p "$out/corpus" "$out/shipped"
  cp roadmap.json "$out/shipped/roadmap.json"
  mkdir -p fuzz/regressions
  seeds=("$out/corpus" fuzz/corpus fuzz/regressions Tests/Fixtures/valid Tests/Fixtures/invalid Tests/Fixtures/msproject "$out/shipped")
}

run() {
  local seconds=${1:-${FUZZ_SECONDS:-120}}
  ensure_built
  mkdir -p "$out/artifacts"
  local log=$out/run.log
  # libFuzzer exits non-zero on a crash, a leak, a timeout or the memory limit; the input that
  # did it is written to .build-fuzz/artifacts/.
  set +e
  prepare_seeds
  # shellcheck disable=SC2086
  "$binary" "${limits[@]}" -max_total_time="$seconds" -print_final_stats=1 \
    -dict=fuzz/roadmap.dict -artifact_prefix="$out/artifacts/" \
    ${FUZZ_ARGS:-} "${seeds[@]}" >"$log" 2>&1
  local status=$?
  set -e
  grep -E '^#[0-9]+ +(INITED|DONE)|^stat::|^Done ' "$log" || true
  if [ "$status" -ne 0 ]; then
    # The report: the stack of the crash, the leak or the slow input, and where the input is.
    tail -n 80 "$log" >&2
    echo "fuzz: FAILED (libFuzzer exit $status); the input is in $out/artifacts/, the log in $log;" \
      "replay it with scripts/fuzz.sh repro FILE" >&2
    exit 1
  fi
  echo "fuzz: no crash, leak or timeout in ${seconds} s (log: $log)"
}

repro() {
  ensure_built
  "$binary" "${limits[@]}" "$@"
}

minimize() {
  ensure_built
  local file=$1
  "$binary" "${limits[@]}" -minimize_crash=1 -max_total_time="${FUZZ_SECONDS:-60}" \
    -exact_artifact_path="$file.min" "$file"
  echo "minimised: $file.min"
}

merge() {
  ensure_built
  mkdir -p "$out/merged"
  prepare_seeds
  "$binary" "${limits[@]}" -merge=1 "$out/merged" "${seeds[@]}"
}

case "${1:-}" in
  build) ensure_built ;;
  run) shift; run "$@" ;;
  repro) shift; repro "$@" ;;
  minimize) shift; minimize "$@" ;;
  merge) merge ;;
  *) sed -n '2,17p' "$0" >&2; exit 2 ;;
esac
