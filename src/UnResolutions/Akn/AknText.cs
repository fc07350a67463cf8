using System.Buffers;
using System.Globalization;
using UnResolutions.Languages;
using UnResolutions.Model;

namespace UnResolutions.Akn;

/// <summary>
/// Writes the text of one document's blocks: the lead phrase in italics, cross-references as <c>ref</c> and <c>date</c>,
/// footnotes as <c>authorialNote</c> at their references (a note cited again as a <c>noteRef</c> to the first).
/// </summary>
internal sealed class AknText
{
    private readonly AknOutput _xml;
    private readonly ResolutionDocument _document;
    private readonly EIds _eIds;
    private readonly LanguageTable _language;
    private Dictionary<int, Footnote>? _footnotes;
    /// <summary>The eId of each note already written, by number: a second citation refers to it (made at the first note).</summary>
    private Dictionary<int, EId>? _written;
    /// <summary>The footnotes no reference cites, by the cited note each follows; made at the first place a note can go.</summary>
    private Dictionary<int, List<int>>? _uncitedAfter;
    /// <summary>The uncited footnotes numbered below every cited one: they go before the first note written.</summary>
    private List<int>? _uncitedFirst;
    /// <summary>Whether the document cites any footnote (known once <see cref="_uncitedAfter"/> is made).</summary>
    private bool _anyCited;

    public AknText(AknOutput xml, ResolutionDocument document, EIds eIds, LanguageTable language)
    {
        _xml = xml;
        _document = document;
        _eIds = eIds;
        _language = language;
    }

    /// <summary>
    /// Opens a <c>p</c> in mixed-content mode: the indenting writer then adds no white space inside it, so that its text is
    /// the model's, character for character.
    /// </summary>
    public void StartP()
    {
        _xml.Start("p");
        _xml.Mixed();
    }

    /// <summary>Text as it stands, cleaned of what XML 1.0 cannot hold.</summary>
    public void Plain(string text) => _xml.Text(XmlSafe(text));

    /// <summary>A range of a text already made safe (<see cref="XmlSafe"/>), without copying it.</summary>
    private void Range(string safe, int start, int end) => _xml.Text(safe, start, end - start);

    public void Italic(string text)
    {
        _xml.Start("span");
        _xml.Attribute("class", "italic");
        Plain(text);
        _xml.End();
    }

    /// <summary>Lines joined by line feeds (several headings), each break an <c>eol</c>.</summary>
    public void Lines(string text)
    {
        int start = 0;
        for (int k = text.IndexOf('\n'); k >= 0; k = text.IndexOf('\n', start))
        {
            Plain(text[start..k]);
            _xml.Start("eol");
            _xml.End();
            start = k + 1;
        }
        Plain(text[start..]);
    }

    /// <summary>A date as the document's language prints it (<c>21 December 2016</c>, <c>4 de diciembre de 2024</c>).</summary>
    public void DocDate(DateOnly date, string refersTo)
    {
        _xml.Start("docDate");
        _xml.Attribute("date", AknIri.Date(date));
        _xml.Attribute("refersTo", refersTo);
        string month = _language.MonthNames[date.Month - 1];
        string day = date.Day.ToString(CultureInfo.InvariantCulture);
        string year = date.Year.ToString(CultureInfo.InvariantCulture);
        Plain(_language.DateJoiner is { } joiner ? $"{day} {joiner} {month} {joiner} {year}" : $"{day} {month} {year}");
        _xml.End();
    }

    /// <summary>
    /// A paragraph's text: the lead phrase in italics, a space, the text with its references marked and each footnote at its
    /// place. Without the places (a document read back from JSON) the notes go at the end.
    /// </summary>
    public void Body(string? lead, string text, IReadOnlyList<int> notes, IReadOnlyList<int>? offsets, IReadOnlyList<Reference> references, EId owner)
    {
        if (lead != null)
        {
            Italic(lead);
            if (text.Length > 0) { _xml.Text(" "); }
        }
        // PERF: the text is made safe once and written by ranges; no substring is made.
        text = XmlSafe(text);
        int position = 0;
        int note = 0;
        int searchFrom = 0;
        for (int r = 0; r < references.Count; r++)
        {
            Reference reference = references[r];
            // The reference's place in the clean text: its text, searched in order (the model keeps source positions only).
            int start = reference.Text.Length == 0 ? -1 : text.IndexOf(reference.Text, searchFrom, StringComparison.Ordinal);
            if (start < 0) { continue; }
            int end = start + reference.Text.Length;
            searchFrom = end;
            // Notes before the reference, then the reference; a note inside it (none should be) waits until after it.
            note = NotesUpTo(text, ref position, start, notes, offsets, note, owner);
            Range(text, position, start);
            WriteReference(reference, text, start, end);
            position = end;
        }
        note = NotesUpTo(text, ref position, text.Length, notes, offsets, note, owner);
        Range(text, position, text.Length);
        for (; note < notes.Count; note++) { Note(notes[note], owner); }
        UncitedWhereNothingIsCited(owner);
    }

    /// <summary>Writes the text and the notes that stand up to <paramref name="limit"/>; returns the next note's index.</summary>
    private int NotesUpTo(string text, ref int position, int limit, IReadOnlyList<int> notes, IReadOnlyList<int>? offsets, int note, EId owner)
    {
        if (offsets == null || offsets.Count != notes.Count) { return note; }
        while (note < notes.Count && offsets[note] <= limit)
        {
            int at = Math.Clamp(offsets[note], position, text.Length);
            Range(text, position, at);
            position = at;
            Note(notes[note], owner);
            note++;
        }
        return note;
    }

    /// <summary>Notes cited by a title or heading: after its text.</summary>
    public void NotesAtEnd(IReadOnlyList<int> notes, EId owner)
    {
        for (int i = 0; i < notes.Count; i++) { Note(notes[i], owner); }
        UncitedWhereNothingIsCited(owner);
    }

    private void WriteReference(Reference reference, string text, int start, int end)
    {
        if (reference.Kind == ReferenceKind.Date)
        {
            if (DateOnly.TryParseExact(reference.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                _xml.Start("date");
                _xml.Attribute("date", reference.Value);
                Range(text, start, end);
                _xml.End();
            }
            else
            {
                Range(text, start, end);
            }
            return;
        }
        _xml.Start("ref");
        // PERF: the link built on the stack for the usual symbol; one to escape (none in real text) as a string.
        string symbol = reference.Value;
        int room = AknIri.UndocsLength(symbol);
        Span<char> link = room <= 256 ? stackalloc char[room] : new char[room];
        if (AknIri.TryUndocs(symbol, _document.Language, link, out int written)) { _xml.Attribute("href", link[..written]); }
        else { _xml.Attribute("href", AknIri.Undocs(symbol, _document.Language)); }
        Range(text, start, end);
        _xml.End();
    }

    /// <summary>
    /// A footnote at its reference: the note itself the first time (<c>authorialNote</c>, its text in a <c>p</c>), a
    /// <c>noteRef</c> to it each time it is cited again.
    /// </summary>
    private void Note(int number, EId owner)
    {
        string marker = number.ToString(CultureInfo.InvariantCulture);
        _written ??= [];
        if (_written.TryGetValue(number, out EId first))
        {
            _xml.Start("noteRef");
            _xml.Attribute("eId", _eIds.Text(_eIds.Add(owner, "noteRef_", marker)));
            _xml.Attribute("marker", marker);
            _xml.Attribute("placement", "bottom");
            _xml.Attribute("href", string.Concat("#", _eIds.Text(first)));
            _xml.End();
            return;
        }
        // An uncited note goes right after the cited note below it; those below every cited note, before the first note.
        if (_uncitedAfter == null) { FindUncited(); }
        if (_uncitedFirst is { Count: > 0 } lowest) { _uncitedFirst = null; WriteUncited(lowest, owner); }
        WriteNote(number, marker, owner);
        if (_uncitedAfter!.Count > 0 && _uncitedAfter.Remove(number, out List<int>? after)) { WriteUncited(after, owner); }
    }

    /// <summary>The <c>authorialNote</c> of a note written for the first time.</summary>
    private void WriteNote(int number, string marker, EId owner)
    {
        EId id = _eIds.Add(owner, "authorialNote_", marker);
        _written![number] = id;
        _footnotes ??= FootnotesByNumber(_document.Footnotes);
        _xml.Start("authorialNote");
        _xml.Attribute("marker", marker);
        _xml.Attribute("placement", "bottom");
        _xml.Attribute("eId", _eIds.Text(id));
        StartP();
        if (_footnotes.TryGetValue(number, out Footnote? footnote))
        {
            // A footnote cites no other footnote.
            Body(null, footnote.Text, [], null, footnote.References, id);
        }
        _xml.End();
        _xml.End();
    }

    private void WriteUncited(List<int> numbers, EId owner)
    {
        for (int i = 0; i < numbers.Count; i++)
        {
            if (!_written!.ContainsKey(numbers[i])) { WriteNote(numbers[i], numbers[i].ToString(CultureInfo.InvariantCulture), owner); }
        }
    }

    /// <summary>
    /// In a document that cites no footnote, its footnotes at the first place that holds notes (the title, else the first
    /// heading or text block): nothing in the text says where they belong.
    /// </summary>
    private void UncitedWhereNothingIsCited(EId owner)
    {
        // PERF: a document without footnotes, or whose uncited notes are placed, does nothing more.
        if (_document.Footnotes.Count == 0 || (_uncitedAfter != null && (_anyCited || _uncitedFirst == null))) { return; }
        if (_uncitedAfter == null) { FindUncited(); }
        if (_anyCited || _uncitedFirst is not { } first) { return; }
        _uncitedFirst = null;
        _written ??= [];
        WriteUncited(first, owner);
    }

    /// <summary>
    /// The footnotes no reference of the document cites (the parser found no marker for them), each filed under the
    /// cited note with the nearest lower number, or, below every cited note, in <see cref="_uncitedFirst"/>.
    /// </summary>
    private void FindUncited()
    {
        _uncitedAfter = [];
        IReadOnlyList<Footnote> footnotes = _document.Footnotes;
        if (footnotes.Count == 0) { return; }
        // PERF: the cited numbers in a pooled array, sorted and searched: nothing is allocated when every note is cited.
        var cited = new Cited();
        try
        {
            cited.Add(_document.TitleFootnoteRefs);
            cited.AddAll(_document.Preamble);
            cited.AddAll(_document.Operative);
            foreach (Part part in _document.Parts)
            {
                cited.Add(part.TitleFootnoteRefs);
                cited.AddAll(part.Preamble);
                cited.AddAll(part.Operative);
            }
            foreach (Annex annex in _document.Annexes)
            {
                cited.Add(annex.TitleFootnoteRefs);
                cited.AddAll(annex.Paragraphs);
            }
            _anyCited = cited.Count > 0;
            ReadOnlySpan<int> below = cited.Sorted();
            for (int i = 0; i < footnotes.Count; i++)
            {
                int number = footnotes[i].Number;
                int k = below.BinarySearch(number);
                if (k >= 0) { continue; }
                k = ~k;
                List<int> list = k == 0 ? (_uncitedFirst ??= []) : (_uncitedAfter.TryGetValue(below[k - 1], out List<int>? l) ? l : _uncitedAfter[below[k - 1]] = []);
                // In the order of their numbers, each once (a number may repeat in a bad export).
                int at = list.BinarySearch(number);
                if (at < 0) { list.Insert(~at, number); }
            }
        }
        finally
        {
            cited.Return();
        }
    }

    /// <summary>The footnote numbers a document cites, gathered in a pooled array.</summary>
    private struct Cited
    {
        private int[] _numbers;

        public Cited() => _numbers = ArrayPool<int>.Shared.Rent(64);

        public int Count { get; private set; }

        public void Add(IReadOnlyList<int> refs)
        {
            for (int i = 0; i < refs.Count; i++)
            {
                if (Count == _numbers.Length)
                {
                    int[] larger = ArrayPool<int>.Shared.Rent(Count * 2);
                    _numbers.AsSpan(0, Count).CopyTo(larger);
                    ArrayPool<int>.Shared.Return(_numbers);
                    _numbers = larger;
                }
                _numbers[Count++] = refs[i];
            }
        }

        public void AddAll(IReadOnlyList<Paragraph> paragraphs)
        {
            foreach (Paragraph paragraph in paragraphs)
            {
                Add(paragraph.HeadingFootnoteRefs);
                Add(paragraph.FootnoteRefs);
                AddAll(paragraph.Subparagraphs);
            }
        }

        public void AddAll(IReadOnlyList<Subparagraph> subparagraphs)
        {
            foreach (Subparagraph subparagraph in subparagraphs)
            {
                Add(subparagraph.FootnoteRefs);
                AddAll(subparagraph.Subparagraphs);
            }
        }

        /// <summary>The numbers sorted, each once.</summary>
        public readonly ReadOnlySpan<int> Sorted()
        {
            Span<int> numbers = _numbers.AsSpan(0, Count);
            numbers.Sort();
            int distinct = 0;
            for (int i = 0; i < numbers.Length; i++)
            {
                if (distinct == 0 || numbers[i] != numbers[distinct - 1]) { numbers[distinct++] = numbers[i]; }
            }
            return numbers[..distinct];
        }

        public readonly void Return() => ArrayPool<int>.Shared.Return(_numbers);
    }

    /// <summary>The footnotes by number, the first of a number that repeats.</summary>
    private static Dictionary<int, Footnote> FootnotesByNumber(IReadOnlyList<Footnote> footnotes)
    {
        var byNumber = new Dictionary<int, Footnote>(footnotes.Count);
        for (int i = 0; i < footnotes.Count; i++) { byNumber.TryAdd(footnotes[i].Number, footnotes[i]); }
        return byNumber;
    }

    /// <summary>
    /// The text without the characters XML 1.0 cannot hold (control characters other than tab, line feed and carriage
    /// return; unpaired surrogates; U+FFFE and U+FFFF), each replaced by U+FFFD. PERF: no copy when there is none.
    /// </summary>
    public static string XmlSafe(string text)
    {
        // PERF: a vectorized search for anything outside the plain range; most text has nothing else but the odd
        // typographic character above it, checked one by one from there.
        int k = text.AsSpan().IndexOfAnyExceptInRange(' ', '\uD7FF');
        if (k < 0) { return text; }
        for (; k < text.Length; k++)
        {
            if (!IsXmlChar(text, k)) { break; }
        }
        if (k == text.Length) { return text; }
        char[] chars = text.ToCharArray();
        for (; k < chars.Length; k++)
        {
            if (!IsXmlChar(text, k)) { chars[k] = '\uFFFD'; }
            else if (char.IsHighSurrogate(chars[k])) { k++; }
        }
        return new string(chars);
    }

    private static bool IsXmlChar(string text, int k)
    {
        char c = text[k];
        if (c >= ' ' && c < '\uD800') { return true; }
        if (c < ' ') { return c is '\t' or '\n' or '\r'; }
        if (char.IsHighSurrogate(c)) { return k + 1 < text.Length && char.IsLowSurrogate(text[k + 1]); }
        if (char.IsLowSurrogate(c)) { return k > 0 && char.IsHighSurrogate(text[k - 1]); }
        return c is not ('\uFFFE' or '\uFFFF');
    }
}
