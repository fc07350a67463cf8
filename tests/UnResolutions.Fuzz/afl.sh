#!/usr/bin/env bash
# Coverage-guided fuzzing with AFL++ and SharpFuzz: publishes this project, instruments UnResolutions.dll with the
# SharpFuzz.CommandLine tool, seeds afl-fuzz with slices of the repository's fixtures and runs it for a given time.
#   usage: tests/UnResolutions.Fuzz/afl.sh [SECONDS=600] [WORK_DIR=artifacts/afl]
# Needs afl-fuzz (Debian: apt-get install afl++). Crashes (unknown failure signatures: Program.cs, mode "afl") end up
# in WORK_DIR/findings/default/crashes; replay one with: dotnet run -c Release --project tests/UnResolutions.Fuzz -- replay FILE
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-600}"
work="${2:-$root/artifacts/afl}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
command -v afl-fuzz >/dev/null || { echo "afl.sh: afl-fuzz not found (Debian: apt-get install afl++)" >&2; exit 2; }

# The instrumentation tool, at the version the project's SharpFuzz package expects.
sharpfuzz="$(command -v sharpfuzz || true)"
if [ -z "$sharpfuzz" ]; then
  [ -x "$work/tools/sharpfuzz" ] || dotnet tool install --tool-path "$work/tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
  sharpfuzz="$work/tools/sharpfuzz"
fi

# A fresh publish: instrumenting twice is refused, so the library must come straight from the build.
rm -rf "$work/bin"
dotnet publish "$here/UnResolutions.Fuzz.csproj" -c Release -o "$work/bin" -nologo -v quiet
"$sharpfuzz" "$work/bin/UnResolutions.dll"

# Seeds: AFL works best from small inputs, so the head (header), a middle and the tail (trailer) of each fixture.
rm -rf "$work/seeds"; mkdir -p "$work/seeds"
for f in "$root"/tests/UnResolutions.Tests/Fixtures/ods/*.txt "$root"/tests/UnResolutions.Tests/Fixtures/languages/*/ods/*.txt; do
  [ -f "$f" ] || continue
  name="$(basename "$(dirname "$(dirname "$f")")")-$(basename "$f" .txt)"
  head -n 30 "$f" > "$work/seeds/$name.head"
  tail -n 30 "$f" > "$work/seeds/$name.tail"
  lines=$(wc -l < "$f"); sed -n "$((lines / 2)),$((lines / 2 + 15))p" "$f" > "$work/seeds/$name.middle"
done

# The dotnet host is not instrumented (the library is), hence AFL_SKIP_BIN_CHECK; -V ends the run after $seconds.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
resume="-i $work/seeds"
[ -d "$work/findings/default/queue" ] && resume="-i -"   # a second run goes on from the first one's queue
afl-fuzz $resume -o "$work/findings" -t 10000 -m none -V "$seconds" -- dotnet "$work/bin/unres-fuzz.dll" afl
stats="$work/findings/default/fuzzer_stats"
[ -f "$stats" ] && grep -E "^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg|stability)" "$stats"
