using System.Globalization;
using UnResolutions.Languages;
using UnResolutions.Model;

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
    private readonly EIds _eIds = EIds.Rent();

    public AknDocumentWriter(ResolutionDocument document, AknOutput xml)
    {
        _document = document;
        _xml = xml;
        _language = LanguageOf(document);
        _organ = AknIri.CodesOf(document.Body);
        _text = new AknText(xml, document, _eIds, _language);
    }

    public void Write()
    {
        try
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
        finally
        {
            EIds.Return(_eIds);
        }
    }

    /// <summary>The <c>eId</c> attribute of the open element.</summary>
    private void EIdAttribute(EId id) => _xml.Attribute("eId", _eIds.Text(id));

    /// <summary>A resolution in one body: <c>statement</c>.</summary>
    private void WriteStatement()
    {
        _xml.Start("statement");
        _xml.Attribute("name", _document.DocumentType ?? "resolution");
        WriteMeta(AknIri.Work(_document), references: true);
        WriteCoverPage();
        WritePreface(PrefaceNumber(), _document.Title, _document.TitleFootnoteRefs, _document.PartTitle);
        WritePreamble(EId.Root, _document.Formula, _document.Preamble);
        WriteMainBody(EId.Root, _document.Operative, _document.Tables);
        WriteConclusions(EId.Root, _document.Adoption);
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
            EId definition = _eIds.Add(EId.Root, "cmpDef_", i + 1);
            EIdAttribute(definition);
            _xml.Start("documentRef");
            EIdAttribute(_eIds.Add(definition, "documentRef_1"));
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
            EId id = _eIds.Add(EId.Root, "cmp_", i + 1);
            _xml.Start("component");
            EIdAttribute(id);
            _xml.Start("statement");
            _xml.Attribute("name", _document.DocumentType ?? "resolution");
            WriteMeta(AknIri.Work(_document, part.Label ?? (i + 1).ToString(CultureInfo.InvariantCulture)), references: false);
            WritePreface(part.Label, part.Title, part.TitleFootnoteRefs, null);
            WritePreamble(id, _document.Formula, part.Preamble);
            WriteMainBody(id, part.Operative, part.Tables);
            if (part.Adoption != null) { WriteConclusions(id, part.Adoption); }
            _xml.End();
            _xml.End();
        }
        _xml.End();
    }

    /// <summary>The language table of the document's language; English when it has none.</summary>
    private static LanguageTable LanguageOf(ResolutionDocument document)
    {
        foreach (LanguageTable language in LanguageTable.All)
        {
            if (language.Code == document.Language) { return language; }
        }
        return LanguageTable.English;
    }

    private string? PrefaceNumber() =>
        _document.Number == null ? null : _document.Body == Organ.SecurityCouncil ? $"{_language.ResolutionKeyword} {_document.Number}" : _document.Number + ".";
}
