#!/usr/bin/env bash
# Scores the parser on the development corpus, as docs/accuracy.md reports it.
#
#   eng/score-dev-sets.sh [SHARED_DIR] [SET ...]
#
# SHARED_DIR defaults to ../shared (the folder with corpus/dev/<set>/{ods,expected} and tools/score.py); SETs default
# to fixtures (the repository's own) and every folder under corpus/dev. Builds the CLI in Release, converts each set with `unres convert`, scores it with
# score.py and prints one Markdown row per set, then every field's rate. The JSON reports are left in
# artifacts/accuracy/<set>.score.json (with --fields: each failing document and its fields).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="$(cd "${1:-../shared}" && pwd)"; shift || true
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then sets=(fixtures); for d in "$shared"/corpus/dev/*/; do sets+=("$(basename "$d")"); done; fi

dotnet build src/UnResolutions.Cli -c Release -v q -nologo >/dev/null
out=artifacts/accuracy; mkdir -p "$out"
echo "| set | documents | structureExactPct | leadPhraseRecitalPct | allFieldsExactPct |"
echo "|---|---|---|---|---|"
for s in "${sets[@]}"; do
  # "fixtures": the repository's own English fixtures (tests/UnResolutions.Tests/Fixtures), scored the same way.
  if [ "$s" = fixtures ]; then dir=tests/UnResolutions.Tests/Fixtures; else dir="$shared/corpus/dev/$s"; fi
  dotnet src/UnResolutions.Cli/bin/Release/net10.0/unres.dll convert "$dir/ods" --out "$out/$s.jsonl" --quiet
  python3 "$shared/tools/score.py" "$out/$s.jsonl" "$dir/expected" --fields > "$out/$s.score.json"
  python3 - "$out/$s.score.json" "$s" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
print(f"| {sys.argv[2]} | {d['scored']} | {d['structureExactPct']} | {d['leadPhraseRecitalPct']} | {d['allFieldsExactPct']} |")
PY
done
echo
echo "| field | $(printf '%s | ' "${sets[@]}")"
echo "|---|$(printf -- '---|%.0s' "${sets[@]}")"
python3 - "$out" "${sets[@]}" <<'PY'
import json, sys
out, sets = sys.argv[1], sys.argv[2:]
reports = [json.load(open(f"{out}/{s}.score.json", encoding="utf-8"))["fieldExactPct"] for s in sets]
fields = list(dict.fromkeys(k for r in reports for k in r))
for f in fields:
    print(f"| {f} | " + " | ".join(str(r.get(f, "")) for r in reports) + " |")
PY
