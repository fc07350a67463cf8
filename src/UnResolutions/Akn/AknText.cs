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
        _xml.Attribute("href", AknIri.Undocs(reference.Value, _document.Language));
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
        EId id = _eIds.Add(owner, "authorialNote_", marker);
        _written[number] = id;
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
