#!/usr/bin/env python3
"""Learn the lead phrases of recitals from the UN's own markup and write the lexicon that the library embeds.

usage (from the repository root; Python 3, standard library only):
  python3 eng/lead-phrases/build-lexicon.py [--corpus DIR] [--language en] [--exclude REGEX] [--out FILE]
  eng/lead-phrases/holdout.sh   (the hold-out measure: lexicons without session 76 / SC 2021, scored on them)

  --corpus DIR     the shared corpus (default /work/shared/corpus): it reads every expected/*.json of
                   DIR/expected and DIR/dev/<set>/expected, and the raw ODS text next to it (../ods/NAME.txt)
  --language L     en (default), fr or es: English reads the sets and files without a language suffix;
                   fr reads dev/ga-fr, dev/sc-fr and the fixtures NAME-fr.json
  --exclude REGEX  leave out the documents whose file name (without .json) matches, e.g. for a hold-out:
                   --exclude '^A_RES_76_|_2021$'
  --out FILE       default src/UnResolutions/Parsing/LeadPhrases/lexicon.<language>.tsv

The output is deterministic (the same inputs give the same bytes). Regenerate it after the expected facts change:
  python3 eng/lead-phrases/build-lexicon.py && git diff --stat src/UnResolutions/Parsing/LeadPhrases/

What it learns, per body (GA: a symbol that starts with A/; SC: S/):
  recital rows   phrase = a lead phrase of the UN's markup (preambleLeadPhrases);
                 lead   = how many recitals had exactly that lead phrase;
                 starts = how many recitals' text (found in the ODS text) starts with the phrase (at a word boundary);
                 covers = how many of those had a lead phrase that covers the phrase (the phrase or a longer one).
                 The library takes, of the phrases a recital starts with, the longest one that the UN usually sets
                 in italics when a text starts with it (covers > starts / 2): "Reaffirming its strong commitment"
                 is italic in the SC in a minority of the recitals that start with it, so "Reaffirming" wins there.
  trailing rows  phrase = a word that the UN keeps at the end of the italics after a shorter lead phrase
                 ("Recalling" + "also");
                 lead   = how many lead phrases end with it after a shorter lead phrase of the lexicon;
                 starts = that, plus how many recitals had the word right after their lead phrase, outside it;
                 covers = the same as lead. The library adds such a word after a phrase that the lexicon knows no
                 longer phrase for, when it is usually inside (covers > starts / 2) and seen at least 3 times.
  operative rows (French, Spanish: English operative verbs are read by their -s, see LeadPhrases.cs)
                 phrase = a word that opens operative paragraphs (the first of operativeLeadFirstWords: "Prie",
                 "Solicita"); lead = how many paragraphs it opens; starts = in how many documents; covers = how
                 often the word occurs in lower case in the same texts (an article, "Les", "Los", occurs everywhere,
                 a verb, "prie", seldom). Written when starts >= 3 and covers < 150 * lead.
A recital whose ODS line cannot be found counts in lead only.
"""
import argparse
import collections
import json
import pathlib
import re
import sys

LANGUAGES = ("en", "fr", "es")
SPACES = "\u00a0\u202f"
WORD_CHARS = "-'\u2019\u2011"


def boundary_prefix(text, phrase):
    """Whether the text starts with the phrase, followed by the end or a character that does not continue a word."""
    if not text.startswith(phrase):
        return False
    if len(text) == len(phrase):
        return True
    c = text[len(phrase)]
    return not (c.isalpha() or c in WORD_CHARS)


def normalize(s):
    """Non-breaking spaces read as spaces, the typographic apostrophe as the straight one (the library treats them alike)."""
    for c in SPACES:
        s = s.replace(c, " ")
    return s.replace("\u2019", "'")


def first_word(text):
    """The text's first word: letters, and hyphens or apostrophes inside it (as the library reads it)."""
    k = 0
    while k < len(text) and (text[k].isalpha() or (k > 0 and text[k] in WORD_CHARS)):
        k += 1
    return text[:k]


def next_word(text, phrase):
    """The lower-case word right after the phrase (one space between; letters of any alphabet: "également"), or None."""
    m = re.match(r" ([^\W\d_]+)(?![\w\-'\u2019])", text[len(phrase):])
    return m.group(1) if m and m.group(1).islower() else None


def expected_dirs(corpus, language):
    """(folder, language of its files or None when each file's name says it): dev/ga, dev/ga-fr …, then the fixtures."""
    dirs = []
    dev = corpus / "dev"
    if dev.is_dir():
        for d in sorted(dev.iterdir()):
            name = d.name
            lang = name.rsplit("-", 1)[1] if "-" in name else "en"
            if lang == language and (d / "expected").is_dir():
                dirs.append((d / "expected", lang))
    if (corpus / "expected").is_dir():
        dirs.append((corpus / "expected", None))
    return dirs


def file_language(stem):
    m = re.search(r"-(fr|es)$", stem)
    return m.group(1) if m else "en"


def body_of(symbol):
    if symbol.startswith("A/"):
        return "GA"
    if symbol.startswith("S/"):
        return "SC"
    return None


OPERATIVE_MIN_DOCUMENTS = 3
OPERATIVE_MAX_LOWER_RATIO = 150
WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def documents(corpus, language, exclude):
    """(expected facts, ODS text or None) of every document of the language, in a stable order."""
    seen = set()
    for d, set_language in expected_dirs(corpus, language):
        for f in sorted(d.glob("*.json")):
            stem = f.stem
            if (set_language or file_language(stem)) != language or (exclude and exclude.search(stem)) or stem in seen:
                continue
            seen.add(stem)
            ods = d.parent / "ods" / (stem + ".txt")
            yield json.loads(f.read_text(encoding="utf-8")), (ods.read_text(encoding="utf-8-sig") if ods.exists() else None)


def operatives(corpus, language, exclude):
    """The operative rows: (body, "operative", word, paragraphs, documents, lower-case occurrences)."""
    paragraphs, docs, lower = collections.Counter(), collections.Counter(), collections.Counter()
    for e, text in documents(corpus, language, exclude):
        body = body_of(e.get("symbol") or "")
        if body is None:
            continue
        words = set()
        for first in e.get("operativeLeadFirstWords") or []:
            m = WORD.match(normalize(first))
            if m and m.group(0)[0].isupper():
                paragraphs[body, m.group(0)] += 1
                words.add(m.group(0))
        for w in words:
            docs[body, w] += 1
        if text:
            lower.update(w for w in WORD.findall(normalize(text)) if w.islower())
    out = []
    for (body, word), n in paragraphs.items():
        low = lower[word.lower()]
        if docs[body, word] >= OPERATIVE_MIN_DOCUMENTS and low < OPERATIVE_MAX_LOWER_RATIO * n:
            out.append((body, "operative", word, n, docs[body, word], low))
    return out


def recitals(corpus, language, exclude):
    """(body, lead phrase, recital text or None) for every recital of the expected facts, in a stable order."""
    out = []
    for e, text in documents(corpus, language, exclude):
        body = body_of(e.get("symbol") or "")
        if body is None:
            continue
        lines = [normalize(l).strip(" \t") for l in text.splitlines()] if text else []
        k = 0
        for phrase in e.get("preambleLeadPhrases") or []:
            phrase = normalize(phrase)
            # The recitals come in order: the next line that starts with the lead phrase is its text.
            j = k
            while j < len(lines) and not boundary_prefix(lines[j], phrase):
                j += 1
            if j < len(lines):
                out.append((body, phrase, lines[j]))
                k = j + 1
            else:
                out.append((body, phrase, None))
    return out


def row_order(r):
    """Body, kind (recitals, trailing words, operative words), most frequent first, then the phrase."""
    return (r[0], {"recital": 0, "trailing": 1, "operative": 2}[r[1]], -r[3], r[2])


def build(rows):
    lead = collections.Counter()
    by_first = collections.defaultdict(set)
    for body, phrase, _ in rows:
        lead[body, phrase] += 1
        by_first[body, first_word(phrase)].add(phrase)
    starts, covers = collections.Counter(), collections.Counter()
    inside, outside = collections.Counter(), collections.Counter()
    for body, phrase, text in rows:
        words = phrase.split(" ")
        if len(words) > 1 and (body, " ".join(words[:-1])) in lead:
            inside[body, words[-1]] += 1
        if text is None:
            continue
        for candidate in by_first[body, first_word(text)]:
            if boundary_prefix(text, candidate):
                starts[body, candidate] += 1
                if boundary_prefix(phrase, candidate):
                    covers[body, candidate] += 1
        w = next_word(text, phrase)
        if w is not None:
            outside[body, w] += 1
    out = []
    for (body, phrase), n in lead.items():
        out.append((body, "recital", phrase, n, starts[body, phrase], covers[body, phrase]))
    for (body, word), n in inside.items():
        out.append((body, "trailing", word, n, n + outside[body, word], n))
    out.sort(key=row_order)
    return out


def main():
    root = pathlib.Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--language", default="en", choices=LANGUAGES)
    ap.add_argument("--exclude", default=None)
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    corpus = pathlib.Path(a.corpus)
    exclude = re.compile(a.exclude) if a.exclude else None
    out = pathlib.Path(a.out) if a.out else root / "src/UnResolutions/Parsing/LeadPhrases" / f"lexicon.{a.language}.tsv"
    rows = recitals(corpus, a.language, exclude)
    if not rows:
        sys.exit(f"no expected facts found under {corpus}")
    table = build(rows)
    if a.language != "en":
        table += operatives(corpus, a.language, exclude)
        table.sort(key=row_order)
    lines = [
        "# Lead phrases of recitals, learned from the UN's markup (expected/*.json and the ODS text) by",
        "# eng/lead-phrases/build-lexicon.py: do not edit, regenerate. The columns are described in that script.",
        f"# {len(rows)} recitals, {sum(1 for r in rows if r[2] is None)} of them not found in their ODS text.",
        "body\tkind\tphrase\tlead\tstarts\tcovers",
    ]
    lines += ["\t".join(str(x) for x in r) for r in table]
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{out}: {sum(1 for r in table if r[1] == 'recital')} phrases, {sum(1 for r in table if r[1] == 'trailing')} trailing words, "
          f"{sum(1 for r in table if r[1] == 'operative')} operative words, from {len(rows)} recitals", file=sys.stderr)


if __name__ == "__main__":
    main()
