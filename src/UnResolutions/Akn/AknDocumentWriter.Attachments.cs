using System.Globalization;
using UnResolutions.Model;

namespace UnResolutions.Akn;

/// <summary>The conclusions (meeting and date) and the annexes as attachments.</summary>
internal sealed partial class AknDocumentWriter
{
    private void WriteConclusions(string prefix, Adoption adoption)
    {
        // The Security Council's resolutions have no closing: its meeting is in the adoption line, on the cover page.
        if (_document.Body == Organ.SecurityCouncil || (adoption.Meeting == null && adoption.Date == null)) { return; }
        _xml.Start("conclusions");
        _xml.Attribute("eId", _eIds.Add(prefix + "conclusions"));
        _text.StartP();
        if (adoption.Meeting != null) { Inline("adoptionMeeting", adoption.Meeting); }
        if (adoption.Meeting != null && adoption.Date != null)
        {
            _xml.Start("eol");
            _xml.End();
        }
        if (adoption.Date is { } date) { _text.DocDate(date, "#dateOfAdoption"); }
        _xml.End();
        _xml.End();
    }

    private void WriteAttachments()
    {
        IReadOnlyList<Annex> annexes = _document.Annexes;
        if (annexes.Count == 0) { return; }
        string work = AknIri.Work(_document);
        _xml.Start("attachments");
        for (int i = 0; i < annexes.Count; i++)
        {
            Annex annex = annexes[i];
            string n = (i + 1).ToString(CultureInfo.InvariantCulture);
            string id = _eIds.Add("att_" + n);
            _xml.Start("attachment");
            _xml.Attribute("eId", id);
            _xml.Start("doc");
            _xml.Attribute("name", "annex");
            // The UN names a single annex "annex" (…/!main/annex); several are numbered.
            WriteMeta(work, references: false, annexes.Count == 1 ? "!main/annex" : "!main/annex_" + n);
            _xml.Start("preface");
            _text.StartP();
            _xml.Start("docNumber");
            _text.Plain(annex.Label == null ? _language.AnnexWords[1] : $"{_language.AnnexWords[1]} {annex.Label}");
            _xml.End();
            if (annex.Title != null || annex.TitleFootnoteRefs.Count > 0)
            {
                _xml.Text(" ");
                _xml.Start("docTitle");
                _text.Plain(annex.Title ?? string.Empty);
                _text.NotesAtEnd(annex.TitleFootnoteRefs, id);
                _xml.End();
            }
            _xml.End();
            _xml.End();
            _xml.Start("mainBody");
            WriteItems(id + "__", annex.Paragraphs, annex.Tables);
            _xml.End();
            _xml.End();
            _xml.End();
        }
        _xml.End();
    }
}
