using System.Globalization;
using UnResolutions.Model;
using UnResolutions.Parsing.Languages;

namespace UnResolutions.Akn;

/// <summary>
/// Writes one document; one instance per call of <see cref="AknWriter"/>, so that nothing is shared between threads.
/// The skeleton here; a file per part of the XML: Meta, CoverPage (and preface), Body (preamble and main body), Attachments.
/// </summary>
internal sealed partial class AknDocumentWriter
{
    private readonly ResolutionDocument _document;
    private readonly AknOutput _xml;
    private readonly AknText _text;
    private readonly LanguageTable _language;
    private readonly AknIri.OrganCodes _organ;
    private readonly EIds _eIds = new();

    public AknDocumentWriter(ResolutionDocument document, AknOutput xml)
    {
        _document = document;
        _xml = xml;
        _language = LanguageTable.All.FirstOrDefault(l => l.Code == document.Language) ?? LanguageTable.English;
        _organ = AknIri.CodesOf(document.Body);
        _text = new AknText(xml, document, _eIds);
    }

    public void Write()
    {
        _xml.Start("akomaNtoso");
        if (_document.Parts.Count == 0)
        {
            WriteStatement();
        }
        else
        {
            WriteCollection();
        }
        _xml.End();
    }

    /// <summary>A resolution in one body: <c>statement</c>.</summary>
    private void WriteStatement()
    {
        _xml.Start("statement");
        _xml.Attribute("name", _document.DocumentType ?? "resolution");
        WriteMeta(AknIri.Work(_document), references: true);
        WriteCoverPage();
        WritePreface(PrefaceNumber(), _document.Title, _document.TitleFootnoteRefs, _document.PartTitle);
        WritePreamble(string.Empty, _document.Formula, _document.Preamble);
        WriteMainBody(string.Empty, _document.Operative, _document.Tables);
        WriteConclusions(string.Empty, _document.Adoption);
        WriteAttachments();
        _xml.End();
    }

    /// <summary>
    /// A resolution in parts, as the UN marks one up: a <c>documentCollection</c> whose <c>collectionBody</c> refers to one
    /// <c>component</c> per part, each a <c>statement</c> of its own in <c>components</c> after it.
    /// </summary>
    private void WriteCollection()
    {
        _xml.Start("documentCollection");
        _xml.Attribute("name", "publication");
        WriteMeta(AknIri.Work(_document), references: true);
        WriteCoverPage();
        WritePreface(PrefaceNumber(), _document.Title, _document.TitleFootnoteRefs, null);
        _xml.Start("collectionBody");
        for (int i = 0; i < _document.Parts.Count; i++)
        {
            Part part = _document.Parts[i];
            string n = (i + 1).ToString(CultureInfo.InvariantCulture);
            _xml.Start("component");
            _xml.Attribute("eId", _eIds.Add("cmpDef_" + n));
            _xml.Start("documentRef");
            _xml.Attribute("eId", _eIds.Add("cmpDef_" + n + "__documentRef_1"));
            _xml.Attribute("href", "#cmp_" + n);
            _xml.Attribute("showAs", part.Label == null ? "Part " + n : part.Label);
            _xml.End();
            _xml.End();
        }
        _xml.End();
        WriteAttachments();
        _xml.End();

        _xml.Start("components");
        for (int i = 0; i < _document.Parts.Count; i++)
        {
            Part part = _document.Parts[i];
            string id = _eIds.Add("cmp_" + (i + 1).ToString(CultureInfo.InvariantCulture));
            string prefix = id + "__";
            _xml.Start("component");
            _xml.Attribute("eId", id);
            _xml.Start("statement");
            _xml.Attribute("name", _document.DocumentType ?? "resolution");
            WriteMeta(AknIri.Work(_document, part.Label ?? (i + 1).ToString(CultureInfo.InvariantCulture)), references: false);
            WritePreface(part.Label, part.Title, part.TitleFootnoteRefs, null);
            WritePreamble(prefix, _document.Formula, part.Preamble);
            WriteMainBody(prefix, part.Operative, part.Tables);
            if (part.Adoption != null) { WriteConclusions(prefix, part.Adoption); }
            _xml.End();
            _xml.End();
        }
        _xml.End();
    }

    private string? PrefaceNumber() =>
        _document.Number == null ? null : _document.Body == Organ.SecurityCouncil ? $"{_language.ResolutionKeyword} {_document.Number}" : _document.Number + ".";
}
