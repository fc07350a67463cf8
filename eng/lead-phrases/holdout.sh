#!/usr/bin/env bash
# The hold-out measure of the lead-phrase lexicons: the number that predicts documents a lexicon has not seen.
#
# usage (from the repository root): eng/lead-phrases/holdout.sh [CORPUS] [SCORER]
#   CORPUS  the shared corpus (default /work/shared/corpus), SCORER its score.py (default /work/shared/tools/score.py)
#
# Builds every language's lexicon (en, fr, es) without General Assembly session 76 and Security Council 2021
# (--exclude), builds the CLI with them, converts dev/ga, dev/sc, dev/ga-fr, dev/sc-fr, dev/ga-es, dev/sc-es and scores
# only the session-76 / 2021 documents (leadPhraseRecitalPct), then regenerates the full lexicons and builds again, so
# the checkout is left as it was.
set -euo pipefail
corpus="${1:-/work/shared/corpus}"
scorer="${2:-/work/shared/tools/score.py}"
held='^A_RES_76_|_2021$'
out="$(mktemp -d)"
dll=src/UnResolutions.Cli/bin/Release/net10.0/unres.dll
languages="en fr es"
restore() {
  for language in $languages; do python3 eng/lead-phrases/build-lexicon.py --corpus "$corpus" --language "$language" 2>/dev/null; done
  dotnet build src/UnResolutions.Cli -c Release -v q 2>&1 | grep -E " error " || true
}
trap restore EXIT
for language in $languages; do python3 eng/lead-phrases/build-lexicon.py --corpus "$corpus" --language "$language" --exclude "$held"; done
dotnet build src/UnResolutions.Cli -c Release -v q 2>&1 | grep -E " error " || true
for set in ga sc ga-fr sc-fr ga-es sc-es; do
  [ -d "$corpus/dev/$set/ods" ] || continue
  dotnet "$dll" convert "$corpus/dev/$set/ods" --out "$out/$set.jsonl" --quiet >/dev/null 2>&1 || true
  grep -E '"source":"[^"]*/(A_RES_76_[^"/]*|[^"/]*_2021)\.txt"' "$out/$set.jsonl" > "$out/$set.held.jsonl" || true
  python3 "$scorer" "$out/$set.held.jsonl" "$corpus/dev/$set/expected" > "$out/$set.score.json"
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[2], 'held-out documents', d['scored'], 'recitals', d['recitalsCompared'], 'leadPhraseRecitalPct', d['leadPhraseRecitalPct'])" "$out/$set.score.json" "$set"
done
rm -rf "$out"
