using System.Globalization;
using UnResolutions.Model;

namespace UnResolutions.Akn;

/// <summary>The conclusions (meeting and date) and the annexes as attachments.</summary>
internal sealed partial class AknDocumentWriter
{
    private void WriteConclusions(EId prefix, Adoption adoption)
    {
        // The Security Council's resolutions have no closing: its meeting is in the adoption line, on the cover page.
        if (_document.Body == Organ.SecurityCouncil || (adoption.Meeting == null && adoption.Date == null)) { return; }
        _xml.Start("conclusions");
        EIdAttribute(_eIds.Add(prefix, "conclusions"));
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
            EId id = _eIds.Add(EId.Root, "att_", i + 1);
            _xml.Start("attachment");
            EIdAttribute(id);
            _xml.Start("doc");
            _xml.Attribute("name", "annex");
            // The UN names a single annex "annex" (…/!main/annex); several are numbered.
            WriteMeta(work, references: false, annexes.Count == 1 ? "!main/annex" : "!main/annex_" + (i + 1).ToString(CultureInfo.InvariantCulture));
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
            WriteItems(id, annex.Paragraphs, annex.Tables);
            _xml.End();
            _xml.End();
            _xml.End();
        }
        _xml.End();
    }
}
