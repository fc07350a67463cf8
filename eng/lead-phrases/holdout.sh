#!/usr/bin/env bash
# The hold-out measure of the lead-phrase lexicon: the number that predicts documents the lexicon has not seen.
#
# usage (from the repository root): eng/lead-phrases/holdout.sh [CORPUS] [SCORER]
#   CORPUS  the shared corpus (default /work/shared/corpus), SCORER its score.py (default /work/shared/tools/score.py)
#
# Builds the lexicon without General Assembly session 76 and Security Council 2021 (--exclude), builds the CLI with it,
# converts dev/ga and dev/sc and scores only the session-76 / 2021 documents (leadPhraseRecitalPct), then regenerates
# the full lexicon and builds again, so the checkout is left as it was.
set -euo pipefail
corpus="${1:-/work/shared/corpus}"
scorer="${2:-/work/shared/tools/score.py}"
held='^A_RES_76_|_2021$'
out="$(mktemp -d)"
dll=src/UnResolutions.Cli/bin/Release/net10.0/unres.dll
restore() {
  python3 eng/lead-phrases/build-lexicon.py --corpus "$corpus" 2>/dev/null
  dotnet build src/UnResolutions.Cli -c Release -v q 2>&1 | grep -E " error " || true
}
trap restore EXIT
python3 eng/lead-phrases/build-lexicon.py --corpus "$corpus" --exclude "$held"
dotnet build src/UnResolutions.Cli -c Release -v q 2>&1 | grep -E " error " || true
for set in ga sc; do
  dotnet "$dll" convert "$corpus/dev/$set/ods" --out "$out/$set.jsonl" --quiet >/dev/null 2>&1 || true
  grep -E '"source":"[^"]*/(A_RES_76_[^"/]*|[^"/]*_2021)\.txt"' "$out/$set.jsonl" > "$out/$set.held.jsonl" || true
  python3 "$scorer" "$out/$set.held.jsonl" "$corpus/dev/$set/expected" > "$out/$set.score.json"
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], 'held-out documents', d['scored'], 'recitals', d['recitalsCompared'], 'leadPhraseRecitalPct', d['leadPhraseRecitalPct'])" "$out/$set.score.json" "$set"
done
rm -rf "$out"
