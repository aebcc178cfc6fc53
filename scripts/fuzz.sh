#!/usr/bin/env bash
# The libFuzzer targets (docs/fuzzing.md): RoadmapModel and RoadmapViews built once as static
# libraries instrumented for coverage and AddressSanitizer, and one small binary per target
# linked to them. SwiftPM cannot build them: an executable target renames `main`, which clashes
# with libFuzzer's own.
#
#   scripts/fuzz.sh list                      the targets and what each reads
#   scripts/fuzz.sh build [TARGET...]         build the targets (all when none is named)
#   scripts/fuzz.sh run TARGET [SECONDS]      fuzz TARGET for SECONDS (default $FUZZ_SECONDS, else 120;
#                                             0: no limit); exit 1 on any crash, leak, timeout or
#                                             memory blow-up
#   scripts/fuzz.sh ci                        what CI runs: build every target, run each for its
#                                             share of the time (FUZZ_CI_SCALE), fail on the first problem
#   scripts/fuzz.sh repro TARGET FILE...      run files through TARGET once (a crash reproduced)
#   scripts/fuzz.sh minimize TARGET FILE      the smallest input that still crashes, next to FILE
#   scripts/fuzz.sh merge TARGET              what runs found and the committed seeds, cut to a set
#                                             with the same coverage, in $FUZZ_OUT/TARGET/merged
#   scripts/fuzz.sh corpus TARGET             the same, written over fuzz/targets/TARGET/corpus/
#                                             (the committed, minimised seeds; review, then commit)
#
# Environment: FUZZ_SECONDS (run's default duration), FUZZ_ARGS (extra libFuzzer flags, e.g.
# -runs=10000000; -fork=2 for two workers), FUZZ_OUT (the build and run folder, default
# .build-fuzz; a long run uses its own), FUZZ_CI_SCALE (ci's durations multiplied by it, default 1), SWIFT_BIN (default
# /opt/swift/usr/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export PATH="${SWIFT_BIN:-/opt/swift/usr/bin}:$PATH"

out=${FUZZ_OUT:-.build-fuzz}
case $out in /*) ;; *) out=$root/$out ;; esac
mkdir -p "$out"
# CI builds without optimisation unless told otherwise (see `flags` below).
if [ "${1:-}" = ci ]; then : "${FUZZ_OPT:=-Onone}"; fi

# The targets. Each but the pipeline is fuzz/targets/NAME/: its Swift files (one names the
# target, `typealias FuzzTarget`), its seeds (corpus/), its fixed crashes (regressions/) and,
# for a reader, its dictionary.
targets=(roadmap-json fast-path scenario csv msproject preferences structured pipeline)

describe() {
  case $1 in
    roadmap-json) echo "the roadmap JSON reader: decode and validate" ;;
    fast-path) echo "differential: the decoder's fast and general paths agree" ;;
    scenario) echo "the scenario JSON reader, its delays applied" ;;
    csv) echo "the CSV plan import: CSVRecords, CSVPlanReader, ImportBuilder" ;;
    msproject) echo "the MS Project XML import: MSPDIReader on libxml2, ImportBuilder" ;;
    preferences) echo "the configuration file: PreferencesFile on TOMLKit and toml++ (C++)" ;;
    structured) echo "structure-aware: generated roadmaps, schedule invariants, export and import" ;;
    pipeline) echo "the whole pipeline: load, schedule, what-if, every view and export, the explorer" ;;
    *) return 1 ;;
  esac
}

known() {
  describe "$1" >/dev/null 2>&1 || { echo "fuzz: no target \"$1\"; the targets are: ${targets[*]}" >&2; exit 2; }
}

# The dictionary each target is given (libFuzzer takes one): the roadmap format's keys and
# values (fuzz/roadmap.dict, which FormatContractTests keeps complete) for the roadmap's
# readers, each import format's own, all of them and the knobs' NUL for the pipeline, none for
# the structure-aware target, whose bytes are choices rather than text.
dictionary() {
  case $1 in
    roadmap-json | fast-path) echo "fuzz/roadmap.dict" ;;
    scenario | csv | msproject | preferences) echo "fuzz/targets/$1/$1.dict" ;;
    pipeline)
      cat fuzz/roadmap.dict fuzz/targets/csv/csv.dict fuzz/targets/msproject/msproject.dict >"$out/pipeline.dict"
      printf '# The knobs: a NUL after the file (fuzz/FuzzPipeline.swift).\nknobs="\\x00"\n' >>"$out/pipeline.dict"
      echo "$out/pipeline.dict" ;;
    *) echo "" ;;
  esac
}

# The seed folders that exist: what runs found (not committed), the committed seeds and fixed
# crashes, and the test fixtures of the target's format.
seed_folders() {
  local folder
  for folder in $(all_seed_folders "$1"); do [ -d "$folder" ] && echo "$folder"; done
}

all_seed_folders() {
  local t=$1
  mkdir -p "$out/$t/corpus"
  case $t in
    pipeline)
      mkdir -p "$out/pipeline/shipped"
      cp roadmap.json "$out/pipeline/shipped/roadmap.json"
      echo "$out/pipeline/corpus fuzz/corpus fuzz/regressions Tests/Fixtures/valid Tests/Fixtures/invalid Tests/Fixtures/msproject"
      [ -n "${ci_run:-}" ] || echo "$out/pipeline/shipped" ;;
    roadmap-json | fast-path) echo "$out/$t/corpus fuzz/targets/$t/corpus fuzz/targets/$t/regressions Tests/Fixtures/valid Tests/Fixtures/invalid" ;;
    scenario) echo "$out/$t/corpus fuzz/targets/$t/corpus fuzz/targets/$t/regressions Tests/Fixtures/scenarios/valid" ;;
    msproject) echo "$out/$t/corpus fuzz/targets/$t/corpus fuzz/targets/$t/regressions Tests/Fixtures/msproject" ;;
    *) echo "$out/$t/corpus fuzz/targets/$t/corpus fuzz/targets/$t/regressions" ;;
  esac
}

# The longest input: enough for every seed of the format; the longer the inputs the fuzzer
# grows, the fewer it runs. The pipeline's are as long as the shipped roadmap.
max_len() {
  case $1 in
    pipeline) echo 300000 ;;
    structured | scenario | preferences) echo 4096 ;;
    *) echo 16384 ;;
  esac
}

# Each limit is a failure: one input running longer than 10 s (20 s unoptimised), a process
# above 2 GB. Inputs
# that run fast are preferred (-entropic_scale_per_exec_time): a few costly ones — a CSV plan
# from year 0 to 9999 has 20,000 periods — would otherwise take most of the time.
limits() {
  echo "-timeout=$timeout -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=$(max_len "$1") -detect_leaks=1 -entropic_scale_per_exec_time=1"
}

# The symboliser names the Swift frames of a stack; leaks are failures. A small quarantine and
# short allocation stacks: the views allocate a cell per column and row, and with ASan's
# defaults a third of the time went to faulting in fresh pages and recording stacks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:symbolize=1:quarantine_size_mb=64:malloc_context_size=12}"
# Leaks inside the toolchain's own libraries (fuzz/lsan.supp says which and why) are not ours.
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/fuzz/lsan.supp:print_suppressions=0}"
# Swift's own crash reporter would run after libFuzzer's, and never returns under ASan.
export SWIFT_BACKTRACE=enable=no
export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer || true)}"

# Optimised like a release build (FUZZ_OPT=-O, the default) or not (-Onone, what ci builds: a
# fifth of the compiler's time for about half the inputs a second), with the lines of the
# stacks, and instrumented. libxml2 (the MS Project XML reader) through the package's own
# module map, its headers where pkg-config says. The compiler's back end on two threads.
opt=${FUZZ_OPT:--O}
case $opt in -O | -Onone) ;; *) echo "fuzz: FUZZ_OPT is -O or -Onone, not $opt" >&2; exit 2 ;; esac
# Each optimisation level its own libraries and binaries; the runs' folders are shared.
build=$out/build${opt}
timeout=10
[ "$opt" = -Onone ] && timeout=20
flags=("$opt" -gline-tables-only -sanitize=fuzzer,address -parse-as-library -wmo -num-threads 2 -I "$build" -I "$root/Sources/CLibXML2")
# The same without coverage, for the harness (below).
common=("$opt" -gline-tables-only -parse-as-library -wmo -I "$build" -I "$root/Sources/CLibXML2")
# The structure-aware target's libraries (at -O), in their own folder, without comparison tracing
# (-sanitize=fuzzer's trace-cmp): its bytes are choices, so what the libraries compare is text
# the generator wrote, never the input's bytes, and the tracing (a fifth of its time, measured
# with perf) guided no mutation. Edges, counters and AddressSanitizer as for the others.
nocmp=$build/nocmp
nocmp_flags=("$opt" -gline-tables-only -sanitize=address -sanitize-coverage=edge,inline-8bit-counters,pc-table -parse-as-library -wmo -num-threads 2 -I "$nocmp" -I "$root/Sources/CLibXML2")
for include in $(pkg-config --cflags-only-I libxml-2.0); do
  flags+=(-Xcc "$include")
  common+=(-Xcc "$include")
  nocmp_flags+=(-Xcc "$include")
done

# A static library and its module, rebuilt when one of its sources or its flags changed, or
# the library it imports (RoadmapViews imports RoadmapModel). RoadmapModel is built for
# testing: the fast-path target reaches the decoder's internals. `library NAME nocmp` builds
# the structure-aware target's, in $nocmp.
library() {
  local name=$1 dir=$build extra=() stamp sources imported=() lib_flags=("${flags[@]}")
  if [ "${2:-}" = nocmp ]; then dir=$nocmp; lib_flags=("${nocmp_flags[@]}"); fi
  [ "$name" = RoadmapModel ] && extra=(-enable-testing)
  [ "$name" = RoadmapViews ] && imported=("$dir/libRoadmapModel.a")
  stamp="${lib_flags[*]} ${extra[*]}"
  sources=$(find "$root/Sources/$name" -name '*.swift' | sort)
  if [ -f "$dir/lib$name.a" ] && [ "$(cat "$dir/lib$name.flags" 2>/dev/null)" = "$stamp" ] \
    && [ -z "$(find "Sources/$name" "${imported[@]}" -newer "$dir/lib$name.a" \( -name '*.swift' -o -name '*.a' \))" ]; then
    return
  fi
  echo "fuzz: building lib$name.a ($opt${2:+, $2})" >&2
  mkdir -p "$dir"
  rm -f "$dir/lib$name.a"
  # From inside the build folder, where the back end's temporary files land.
  # shellcheck disable=SC2086
  (cd "$dir" && swiftc "${lib_flags[@]}" "${extra[@]}" -emit-library -static -emit-module -module-name "$name" \
    -emit-module-path "$dir/$name.swiftmodule" -o "$dir/lib$name.a" $sources)
  echo "$stamp" >"$dir/lib$name.flags"
}

# The pure part of the explorer (no ncurses), for the pipeline: every file of Explorer/ but the
# loop, which drives the terminal, and the writing of exports, scenarios and progress and the
# timing log, which touch the file system (the harness must not write files); with FileVersion,
# the value the progress keys keep of the file read.
explorer_sources() {
  find "$root/Sources/RoadmapTUI/Explorer" -name '*.swift' ! -name ExplorerLoop.swift ! -name ExplorerExport.swift \
    ! -name ExplorerScenario.swift ! -name ExplorerProgressSave.swift ! -name TimingLog.swift | sort
  echo "$root/Sources/RoadmapTUI/CommandLine/FileVersion.swift"
}

# The configuration file's reader and what it uses, from the command line's folder.
preferences_sources() {
  local file
  for file in PreferencesFile TOMLPreflight Preferences CommandTypo; do echo "$root/Sources/RoadmapTUI/CommandLine/$file.swift"; done
}

# What a target is compiled from, and which libraries it needs.
sources() {
  case $1 in
    pipeline) echo "$root/fuzz/FuzzEntry.swift $root/fuzz/FuzzPipeline.swift $(explorer_sources | tr '\n' ' ')" ;;
    preferences) echo "$root/fuzz/targets/Entry.swift $root/fuzz/targets/FuzzCheck.swift $root/fuzz/targets/preferences/PreferencesFuzzTarget.swift $(preferences_sources | tr '\n' ' ')" ;;
    csv | msproject) echo "$root/fuzz/targets/Entry.swift $root/fuzz/targets/FuzzCheck.swift $root/fuzz/targets/ImportCheck.swift $(ls "$root"/fuzz/targets/"$1"/*.swift | tr '\n' ' ')" ;;
    *) echo "$root/fuzz/targets/Entry.swift $root/fuzz/targets/FuzzCheck.swift $(ls "$root"/fuzz/targets/"$1"/*.swift | tr '\n' ' ')" ;;
  esac
}

needs_views() {
  case $1 in pipeline | structured | preferences) return 0 ;; *) return 1 ;; esac
}

# TOMLKit (the package the program reads its configuration with) and toml++ under it (CTOML,
# C++), from SwiftPM's checkout (scripts/test, or `swift package resolve`, makes it): toml++
# compiled with clang's coverage and AddressSanitizer, TOMLKit's Swift like our libraries.
toml_libraries() {
  local checkout=$root/.build/checkouts/TOMLKit/Sources cxx_opt=-O1 file
  [ -d "$checkout/CTOML" ] || { echo "fuzz: no TOMLKit checkout in .build/checkouts: run swift package resolve" >&2; exit 2; }
  # What imports TOMLKit finds the C module under it here.
  extra_includes=(-I "$checkout/CTOML/include/CTOML")
  [ "$opt" = -Onone ] && cxx_opt=-O0
  if [ ! -f "$build/libCTOML.a" ] || [ -n "$(find "$checkout/CTOML" -newer "$build/libCTOML.a")" ]; then
    echo "fuzz: building libCTOML.a (toml++, $cxx_opt)" >&2
    mkdir -p "$build/ctoml"
    rm -f "$build/libCTOML.a"
    for file in "$checkout"/CTOML/Sources/*.cpp; do
      clang++ -std=c++17 -DTOML_EXCEPTIONS=1 -fsanitize=fuzzer-no-link,address "$cxx_opt" -gline-tables-only -w \
        -I "$checkout/CTOML/include" -I "$checkout/CTOML/include/CTOML" -c "$file" -o "$build/ctoml/$(basename "$file" .cpp | tr -c 'A-Za-z0-9\n' _).o"
    done
    ar rcs "$build/libCTOML.a" "$build"/ctoml/*.o
  fi
  if [ ! -f "$build/libTOMLKit.a" ] || [ -n "$(find "$checkout/TOMLKit" "$build/libCTOML.a" -newer "$build/libTOMLKit.a")" ]; then
    echo "fuzz: building libTOMLKit.a ($opt)" >&2
    local swift_sources=()
    mapfile -t swift_sources < <(find "$checkout/TOMLKit" -name '*.swift' | sort)
    (cd "$build" && swiftc "${flags[@]}" -I "$checkout/CTOML/include/CTOML" -emit-library -static -emit-module -module-name TOMLKit \
      -emit-module-path "$build/TOMLKit.swiftmodule" -o "$build/libTOMLKit.a" "${swift_sources[@]}")
  fi
}

binary() { echo "$build/$1"; }

# Built when missing or older than any source it is made of.
ensure_built() {
  local t=$1 bin libs=(-lRoadmapModel) variant="" dir=$build archives=() extra_includes=()
  # Not in ci's unoptimised build: two more libraries to build would cost CI more than the
  # structure-aware target's 20 seconds gain.
  if [ "$t" = structured ] && [ "$opt" = -O ]; then variant=nocmp; dir=$nocmp; fi
  archives=("$dir/libRoadmapModel.a")
  bin=$(binary "$t")
  library RoadmapModel $variant
  if needs_views "$t"; then
    library RoadmapViews $variant
    libs=(-lRoadmapViews -lRoadmapModel)
    archives+=("$dir/libRoadmapViews.a")
  fi
  if [ "$t" = preferences ]; then
    toml_libraries
    libs=(-lTOMLKit -lCTOML "${libs[@]}" -lstdc++)
    archives+=("$build/libTOMLKit.a" "$build/libCTOML.a")
  fi
  # shellcheck disable=SC2046
  if [ -x "$bin" ] && [ -z "$(find $(sources "$t") "${archives[@]}" -newer "$bin" 2>/dev/null)" ]; then
    return
  fi
  echo "fuzz: building $t ($opt)" >&2
  local link=(-use-ld=lld -L . "${libs[@]}" -lxml2 -lFoundationXML -o "$bin")
  if [ "$t" = pipeline ] || [ "$t" = preferences ]; then
    # The explorer's files, and the configuration file's, are the program's: instrumented like
    # the libraries.
    # shellcheck disable=SC2046
    (cd "$build" && swiftc "${flags[@]}" "${extra_includes[@]}" -D ROADMAP_FUZZER -module-name RoadmapFuzz "${link[@]}" $(sources "$t"))
  else
    # A target's own files are the harness, not the program: compiled without coverage, so
    # that the fuzzer neither spends time on their comparisons (the generator's were a fifth
    # of the structure-aware target's time) nor counts them as progress; linked with libFuzzer.
    # shellcheck disable=SC2046
    (cd "$dir" && swiftc -I "$dir" "${common[@]}" -sanitize=address -c -D ROADMAP_FUZZER -module-name RoadmapFuzz -o "$t.o" $(sources "$t") \
      && swiftc "${flags[@]}" "${link[@]}" "$t.o")
  fi
}

run() {
  local t=$1 seconds=${2:-${FUZZ_SECONDS:-120}}
  known "$t"
  ensure_built "$t"
  mkdir -p "$out/$t/artifacts"
  local log=$out/$t/run.log dict status
  dict=$(dictionary "$t")
  # libFuzzer exits non-zero on a crash, a leak, a timeout or the memory limit; the input that
  # did it is written to $out/TARGET/artifacts/.
  set +e
  # shellcheck disable=SC2046,SC2086
  "$(binary "$t")" $(limits "$t") -max_total_time="$seconds" -print_final_stats=1 ${dict:+-dict=$dict} \
    -artifact_prefix="$out/$t/artifacts/" ${FUZZ_ARGS:-} $(seed_folders "$t") >"$log" 2>&1
  status=$?
  set -e
  grep -E '^#[0-9]+ +(INITED|DONE)|^stat::|^Done ' "$log" | sed "s/^/$t: /" || true
  if [ "$status" -ne 0 ]; then
    # The report: the stack of the crash, the leak or the slow input, and where the input is.
    tail -n 80 "$log" >&2
    echo "fuzz: $t FAILED (libFuzzer exit $status); the input is in $out/$t/artifacts/, the log in $log;" \
      "replay it with scripts/fuzz.sh repro $t FILE" >&2
    return 1
  fi
  echo "fuzz: $t: no crash, leak or timeout in ${seconds} s (log: $log)"
}

# CI: every target for a bounded time, the readers' a share each, the two deep targets more.
# Within about three minutes of a fresh clone with the build (docs/fuzzing.md, "CI").
ci() {
  local scale=${FUZZ_CI_SCALE:-1} t start=$SECONDS
  for t in "${targets[@]}"; do ensure_built "$t"; done
  echo "fuzz: built every target in $((SECONDS - start)) s"
  # The pipeline without the shipped roadmap and its largest seeds: unoptimised, one input of
  # 300 KB through every view takes the whole run (the long runs have them).
  ci_run=1
  for t in "${targets[@]}"; do
    case $t in
      pipeline) FUZZ_ARGS="-max_len=32768 ${FUZZ_ARGS:-}" run "$t" "$((40 * scale))" ;;
      structured) run "$t" "$((20 * scale))" ;;
      *) run "$t" "$((8 * scale))" ;;
    esac
  done
  echo "fuzz: every target ran without a crash, leak or timeout; $((SECONDS - start)) s in all"
}

repro() {
  local t=$1
  known "$t"
  shift
  ensure_built "$t"
  # shellcheck disable=SC2046
  "$(binary "$t")" $(limits "$t") "$@"
}

minimize() {
  local t=$1 file=$2
  known "$t"
  ensure_built "$t"
  # shellcheck disable=SC2046
  "$(binary "$t")" $(limits "$t") -minimize_crash=1 -max_total_time="${FUZZ_SECONDS:-60}" \
    -exact_artifact_path="$file.min" "$file"
  echo "minimised: $file.min"
}

merge() {
  local t=$1
  known "$t"
  ensure_built "$t"
  rm -rf "$out/$t/merged"
  mkdir -p "$out/$t/merged"
  # shellcheck disable=SC2046
  "$(binary "$t")" $(limits "$t") -merge=1 "$out/$t/merged" $(seed_folders "$t") >"$out/$t/merge.log" 2>&1
  tail -n 2 "$out/$t/merge.log"
}

corpus() {
  local t=$1
  [ "$t" != pipeline ] || { echo "fuzz: the pipeline's seeds are written by scripts/fuzz-seeds.py" >&2; exit 2; }
  merge "$t"
  rm -rf "fuzz/targets/$t/corpus"
  mkdir -p "fuzz/targets/$t/corpus"
  cp "$out/$t/merged"/* "fuzz/targets/$t/corpus/"
  echo "fuzz/targets/$t/corpus: $(ls "fuzz/targets/$t/corpus" | wc -l) files, $(du -sh "fuzz/targets/$t/corpus" | cut -f1)"
}

command=${1:-}
[ $# -gt 0 ] && shift
case $command in
  list) for t in "${targets[@]}"; do printf '%-13s %s\n' "$t" "$(describe "$t")"; done ;;
  build)
    [ $# -gt 0 ] || set -- "${targets[@]}"
    for t in "$@"; do known "$t"; ensure_built "$t"; echo "built $(binary "$t")"; done ;;
  run) [ $# -ge 1 ] || { echo "usage: scripts/fuzz.sh run TARGET [SECONDS]" >&2; exit 2; }; run "$@" ;;
  ci) ci ;;
  repro) repro "$@" ;;
  minimize) minimize "$@" ;;
  merge) merge "$@" ;;
  corpus) corpus "$@" ;;
  *) sed -n '2,26p' "$0" >&2; exit 2 ;;
esac
