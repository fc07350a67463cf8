using System.Globalization;
using UnResolutions.Model;

namespace UnResolutions.Akn;

/// <summary>The cover page (the ODS masthead and header) and the preface.</summary>
internal sealed partial class AknDocumentWriter
{
    private void WriteCoverPage()
    {
        OdsData? ods = _document.Ods;
        _xml.Start("coverPage");
        EIdAttribute(_eIds.Add(EId.Root, "coverPage"));
        if (_document.Symbol != null) { CoverLine("docNumber", "#symbol", _document.Symbol); }
        CoverLine("docAuthority", "#issuingBody", _language.OrganNames[OrganIndex()]);
        if (ods?.Distribution != null) { CoverLine("docStatus", "#distribution", ods.Distribution); }
        if (ods?.IssueDate is { } issued)
        {
            _text.StartP();
            _text.DocDate(issued, "#dateOfIssuance");
            _xml.End();
        }
        if (ods?.SessionName != null)
        {
            _text.StartP();
            if (_document.Session is { } session)
            {
                _xml.Start("session");
                EIdAttribute(_eIds.Add(EId.Root, "coverPage__session_1"));
                _xml.Attribute("refersTo", "#" + _organ.EId);
                _xml.Attribute("value", session.ToString(CultureInfo.InvariantCulture));
                _text.Plain(ods.SessionName);
                _xml.End();
            }
            else
            {
                Inline("session", ods.SessionName);
            }
            _xml.End();
        }
        if (ods?.AgendaItem != null)
        {
            _text.StartP();
            Inline("agendaItem", ods.AgendaItem);
            _xml.End();
        }
        if (_document.AdoptionLine != null) { CoverLine("docTitle", "#adoption", _document.AdoptionLine); }
        WriteProponent();
        _xml.End();
    }

    private int OrganIndex() => _document.Body switch
    {
        Organ.SecurityCouncil => 1,
        Organ.EconomicAndSocialCouncil => 2,
        Organ.HumanRightsCouncil => 3,
        _ => 0,
    };

    private void CoverLine(string element, string refersTo, string text)
    {
        _text.StartP();
        _xml.Start(element);
        _xml.Attribute("refersTo", refersTo);
        _text.Plain(text);
        _xml.End();
        _xml.End();
    }

    private void Inline(string name, string text)
    {
        _xml.Start("inline");
        _xml.Attribute("name", name);
        _text.Plain(text);
        _xml.End();
    }

    /// <summary>The origin line, its documents marked as the originating document (<c>A/77/403, para. 9</c>).</summary>
    private void WriteProponent()
    {
        Origin? origin = _document.Origin;
        if (origin == null) { return; }
        _text.StartP();
        _xml.Start("docProponent");
        _xml.Attribute("refersTo", "#" + ProponentId());
        string? line = _document.OriginLine;
        int start = line == null || origin.Document == null ? -1 : line.IndexOf(origin.Document, StringComparison.Ordinal);
        if (line != null && start >= 0)
        {
            // The documents run from the first symbol to the bracket that closes them: "(A/77/403, para. 9)]".
            int end = line.LastIndexOf(')');
            if (end < start) { end = line.Length; }
            _text.Plain(line[..start]);
            Inline("originatingDocument", line[start..end]);
            _text.Plain(line[end..]);
        }
        else if (line != null)
        {
            _text.Plain(line);
        }
        else if (origin.Documents.Count > 0)
        {
            Inline("originatingDocument", string.Join(", ", origin.Documents));
        }
        else
        {
            _text.Plain(origin.Committee ?? string.Empty);
        }
        _xml.End();
        _xml.End();
    }

    private void WritePreface(string? number, string? title, IReadOnlyList<int> titleRefs, string? partTitle)
    {
        if (number == null && title == null && titleRefs.Count == 0) { return; }
        _xml.Start("preface");
        _text.StartP();
        if (number != null)
        {
            _xml.Start("docNumber");
            _text.Plain(number);
            _xml.End();
        }
        if (title != null || titleRefs.Count > 0)
        {
            if (number != null) { _xml.Text(" "); }
            _xml.Start("docTitle");
            _xml.Attribute("refersTo", "#resolutionTitle");
            _text.Plain(title ?? string.Empty);
            if (partTitle != null)
            {
                _xml.Start("eol");
                _xml.End();
                _text.Plain(partTitle);
            }
            _text.NotesAtEnd(titleRefs, _eIds.Path(EId.Root, "preface"));
            _xml.End();
        }
        _xml.End();
        _xml.End();
    }
}
