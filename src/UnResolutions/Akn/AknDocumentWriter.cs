using System.Globalization;
using UnResolutions.Model;
using UnResolutions.Parsing.Languages;

namespace UnResolutions.Akn;

/// <summary>Writes one document; one instance per call of <see cref="AknWriter"/>, so that nothing is shared between threads.</summary>
internal sealed class AknDocumentWriter
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

    // ---- meta -------------------------------------------------------------------------------------------------

    private void WriteMeta(string work, bool references, string? component = null)
    {
        string language = AknIri.Language(_document.Language);
        string main = component ?? "!main";
        string expression = AknIri.Expression(work, language);
        string adopted = AknIri.Date(_document.Adoption.Date);
        string published = _document.Ods?.IssueDate is { } issued ? AknIri.Date(issued) : adopted;
        _xml.Start("meta");
        _xml.Start("identification");
        _xml.Attribute("source", "#" + TlcSource);
        _xml.Start("FRBRWork");
        Value("FRBRthis", work + "/" + main);
        Value("FRBRuri", work);
        FrbrDate(adopted, "adoption");
        Author("#" + _organ.EId, "#author");
        Empty("FRBRcountry", "value", "un");
        _xml.End();
        _xml.Start("FRBRExpression");
        Value("FRBRthis", expression + "/" + main);
        Value("FRBRuri", expression);
        FrbrDate(published, "publication");
        Author("#" + _organ.EId, "#author");
        Empty("FRBRlanguage", "language", language);
        _xml.End();
        _xml.Start("FRBRManifestation");
        Value("FRBRthis", expression + "/" + main + ".xml");
        Value("FRBRuri", expression + ".xml");
        FrbrDate(published, "publication");
        Author("#" + TlcSource, "#editor");
        _xml.End();
        _xml.End();
        if (references) { WriteReferences(); }
        _xml.End();
    }

    private void Value(string element, string value) => Empty(element, "value", value);

    private void Empty(string element, string attribute, string value)
    {
        _xml.Start(element);
        _xml.Attribute(attribute, value);
        _xml.End();
    }

    private void FrbrDate(string date, string name)
    {
        _xml.Start("FRBRdate");
        _xml.Attribute("date", date);
        _xml.Attribute("name", name);
        _xml.End();
    }

    private void Author(string href, string role)
    {
        _xml.Start("FRBRauthor");
        _xml.Attribute("href", href);
        _xml.Attribute("as", role);
        _xml.End();
    }

    /// <summary>The eId of the organization that made the markup (this library), the <c>source</c> of every metadata block.</summary>
    internal const string TlcSource = "unresolutions";

    /// <summary>
    /// Every target of a <c>refersTo</c>, <c>href</c>, <c>source</c> or <c>as</c> of the document, as a TLC element, so that
    /// none dangles. The list is fixed but for the organ and the committee, which come from the document.
    /// </summary>
    private void WriteReferences()
    {
        _xml.Start("references");
        _xml.Attribute("source", "#" + TlcSource);
        Tlc("TLCOrganization", TlcSource, "/akn/ontology/organization/unresolutions", "UnResolutions");
        Tlc("TLCOrganization", _organ.EId, "/akn/ontology/organization/un/" + _organ.Ontology, _organ.Name);
        Tlc("TLCRole", "author", "/akn/ontology/role/un/author", "Author");
        Tlc("TLCRole", "editor", "/akn/ontology/role/un/editor", "Editor");
        Tlc("TLCRole", "publisher", "/akn/ontology/role/un/publisher", "Publisher");
        Tlc("TLCRole", "issuingBody", "/akn/ontology/role/un/issuingBody", "Issuing body");
        Tlc("TLCConcept", "symbol", "/akn/ontology/concept/un/symbol", "Symbol");
        Tlc("TLCConcept", "distribution", "/akn/ontology/concept/un/distribution", "Distribution");
        Tlc("TLCConcept", "dateOfIssuance", "/akn/ontology/concept/un/dateOfIssuance", "Date of issuance");
        Tlc("TLCConcept", "dateOfAdoption", "/akn/ontology/concept/un/dateOfAdoption", "Date of adoption");
        Tlc("TLCConcept", "adoption", "/akn/ontology/concept/un/adoption", "Adoption");
        Tlc("TLCConcept", "resolutionTitle", "/akn/ontology/concept/un/resolutionTitle", "Resolution title");
        if (ProponentId() is { } proponent)
        {
            Tlc("TLCOrganization", proponent, "/akn/ontology/organization/un/" + proponent, _document.Origin?.Committee ?? "Without reference to a Main Committee");
        }
        _xml.End();
    }

    private void Tlc(string element, string eId, string href, string showAs)
    {
        _xml.Start(element);
        _xml.Attribute("eId", eId);
        _xml.Attribute("href", href);
        _xml.Attribute("showAs", AknText.XmlSafe(showAs));
        _xml.End();
    }

    /// <summary><c>secondCommittee</c> for the Second Committee, <c>noMainCommittee</c> without reference; null without an origin line.</summary>
    private string? ProponentId() => _document.Origin switch
    {
        null => null,
        { WithoutReference: true } => "noMainCommittee",
        { CommitteeId: { Length: > 0 } id } => char.ToLowerInvariant(id[0]) + id[1..],
        _ => "committee",
    };

    // ---- cover page and preface -----------------------------------------------------------------------------

    private void WriteCoverPage()
    {
        OdsData? ods = _document.Ods;
        _xml.Start("coverPage");
        _xml.Attribute("eId", _eIds.Add("coverPage"));
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
                _xml.Attribute("eId", _eIds.Add("coverPage__session_1"));
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
            _text.NotesAtEnd(titleRefs, "preface");
            _xml.End();
        }
        _xml.End();
        _xml.End();
    }

    // ---- preamble --------------------------------------------------------------------------------------------

    private void WritePreamble(string prefix, string? formula, IReadOnlyList<Paragraph> recitals)
    {
        if (formula == null && recitals.Count == 0) { return; }
        _xml.Start("preamble");
        if (formula != null)
        {
            _xml.Start("formula");
            _xml.Attribute("name", "enactingFormula");
            _xml.Attribute("eId", _eIds.Add(prefix + "preamble__formula_1"));
            _text.StartP();
            // As the UN prints it: the organ in italics, the comma after it upright.
            string organ = formula.TrimEnd(',', ' ');
            _text.Italic(organ);
            _text.Plain(formula[organ.Length..]);
            _xml.End();
            _xml.End();
        }
        for (int i = 0; i < recitals.Count; i++)
        {
            Paragraph recital = recitals[i];
            string id = _eIds.Add(prefix + "preamble__container_" + (i + 1).ToString(CultureInfo.InvariantCulture));
            _xml.Start("container");
            _xml.Attribute("name", AknText.XmlSafe(recital.LeadPhrase ?? "recital"));
            _xml.Attribute("eId", id);
            if (recital.Heading != null) { WriteHeadingBlock(recital.Heading, recital.HeadingFootnoteRefs, id); }
            _text.StartP();
            _text.Body(recital.LeadPhrase, recital.Text, recital.FootnoteRefs, recital.FootnoteOffsets, recital.References, id);
            _xml.End();
            if (recital.Subparagraphs.Count > 0) { WriteBlockList(recital.Subparagraphs, id); }
            _xml.End();
        }
        _xml.End();
    }

    /// <summary>A heading inside a container (which holds only blocks): a <c>p</c> of class <c>heading</c>.</summary>
    private void WriteHeadingBlock(string heading, IReadOnlyList<int> refs, string owner)
    {
        _text.StartP();
        _xml.Attribute("class", "heading");
        _text.Lines(heading);
        _text.NotesAtEnd(refs, owner);
        _xml.End();
    }

    /// <summary>Sub-paragraphs of a recital: a container holds blocks, so they are a <c>blockList</c> of <c>item</c>s.</summary>
    private void WriteBlockList(IReadOnlyList<Subparagraph> items, string owner)
    {
        string id = _eIds.Add(owner + "__blockList_1");
        _xml.Start("blockList");
        _xml.Attribute("eId", id);
        for (int i = 0; i < items.Count; i++)
        {
            Subparagraph item = items[i];
            string itemId = StartSubparagraph("item", id, item, i);
            _text.StartP();
            _text.Body(null, item.Text, item.FootnoteRefs, item.FootnoteOffsets, item.References, itemId);
            _xml.End();
            if (item.Subparagraphs.Count > 0) { WriteBlockList(item.Subparagraphs, itemId); }
            _xml.End();
        }
        _xml.End();
    }

    // ---- main body --------------------------------------------------------------------------------------------

    private void WriteMainBody(string prefix, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<DocumentTable> tables)
    {
        _xml.Start("mainBody");
        WriteItems(prefix, paragraphs, tables);
        _xml.End();
    }

    /// <summary>Paragraphs with the tables between them, each table after the paragraph whose number it follows.</summary>
    private void WriteItems(string prefix, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<DocumentTable> tables)
    {
        int table = 0;
        // A table with no paragraph before it comes first.
        while (table < tables.Count && tables[table].AfterParagraph == null) { WriteTable(prefix, tables[table++], table); }
        for (int i = 0; i < paragraphs.Count; i++)
        {
            WriteParagraph(prefix, paragraphs[i], i);
            while (table < tables.Count && tables[table].AfterParagraph == paragraphs[i].Number
                && (i + 1 == paragraphs.Count || paragraphs[i + 1].Number != paragraphs[i].Number))
            {
                WriteTable(prefix, tables[table++], table);
            }
        }
        // Tables whose paragraph was not found (numbering that restarts) keep their order at the end.
        while (table < tables.Count) { WriteTable(prefix, tables[table++], table); }
        if (paragraphs.Count == 0 && tables.Count == 0)
        {
            // The schema wants a main body with something in it; a document without operative text gets an empty container.
            _xml.Start("hcontainer");
            _xml.Attribute("name", "empty");
            _xml.Attribute("eId", _eIds.Add(prefix + "hcontainer_1"));
            _xml.Start("content");
            _text.StartP();
            _xml.End();
            _xml.End();
            _xml.End();
        }
    }

    private void WriteParagraph(string prefix, Paragraph paragraph, int index)
    {
        string position = (index + 1).ToString(CultureInfo.InvariantCulture);
        string number = paragraph.Number ?? position;
        // An eId's number is letters and digits: a decimal number ("1.1") is named by its position, as an unnumbered paragraph is.
        string id = _eIds.Add(prefix + "para_" + (number.All(char.IsAsciiLetterOrDigit) ? number : position));
        _xml.Start("paragraph");
        _xml.Attribute("eId", id);
        // "12" was printed "12."; a decimal number ("1.1") was printed without a full stop after it.
        if (paragraph.Number != null) { WriteNum(number.Contains('.') ? number : number + "."); }
        if (paragraph.Heading != null)
        {
            _xml.Start("heading");
            _text.Lines(paragraph.Heading);
            _text.NotesAtEnd(paragraph.HeadingFootnoteRefs, id);
            _xml.End();
        }
        WriteHierarchyBody(id, paragraph.LeadPhrase, paragraph.Text, paragraph.FootnoteRefs, paragraph.FootnoteOffsets, paragraph.References, paragraph.Subparagraphs);
        _xml.End();
    }

    /// <summary>
    /// The body of a paragraph or point: <c>content/p</c>, or, with sub-paragraphs, a <c>list</c> whose <c>intro</c> holds the
    /// text and whose <c>point</c>s the sub-paragraphs (<c>para_2__list_1__point_a</c>).
    /// </summary>
    private void WriteHierarchyBody(string id, string? lead, string text, IReadOnlyList<int> refs, IReadOnlyList<int>? offsets, IReadOnlyList<Reference> references,
        IReadOnlyList<Subparagraph> points)
    {
        void Text(string element, string eId)
        {
            _xml.Start(element);
            _xml.Attribute("eId", _eIds.Add(eId));
            _text.StartP();
            _text.Body(lead, text, refs, offsets, references, id);
            _xml.End();
            _xml.End();
        }

        if (points.Count == 0)
        {
            Text("content", id + "__content");
            return;
        }
        string list = _eIds.Add(id + "__list_1");
        _xml.Start("list");
        _xml.Attribute("eId", list);
        if (lead != null || text.Length > 0 || refs.Count > 0) { Text("intro", list + "__intro"); }
        for (int i = 0; i < points.Count; i++)
        {
            Subparagraph point = points[i];
            string pointId = StartSubparagraph("point", list, point, i);
            WriteHierarchyBody(pointId, null, point.Text, point.FootnoteRefs, point.FootnoteOffsets, point.References, point.Subparagraphs);
            _xml.End();
        }
        _xml.End();
    }

    /// <summary>Opens the element of a sub-paragraph (<c>point</c>, <c>item</c>) with its eId and <c>num</c>; returns the eId.</summary>
    private string StartSubparagraph(string element, string parent, Subparagraph subparagraph, int index)
    {
        string id = _eIds.Add(parent + "__" + element + "_" + NumberPart(subparagraph.Label, index));
        _xml.Start(element);
        _xml.Attribute("eId", id);
        if (subparagraph.Label.Length > 0) { WriteNum(Num(subparagraph.Label)); }
        return id;
    }

    private void WriteNum(string num)
    {
        _xml.Start("num");
        _text.Plain(num);
        _xml.End();
    }

    /// <summary>A label as the UN prints it: <c>(a)</c>, <c>(iv)</c>; a bullet as it stands.</summary>
    private static string Num(string label) => char.IsLetterOrDigit(label[0]) ? $"({label})" : label;

    /// <summary>The number part of an eId: the label when it is letters and digits (<c>a</c>, <c>iv</c>), else the position (a bullet, no label).</summary>
    private static string NumberPart(string label, int index)
    {
        foreach (char c in label)
        {
            if (!char.IsAsciiLetterOrDigit(c)) { return (index + 1).ToString(CultureInfo.InvariantCulture); }
        }
        return label.Length == 0 ? (index + 1).ToString(CultureInfo.InvariantCulture) : label;
    }

    private void WriteTable(string prefix, DocumentTable table, int number)
    {
        string id = _eIds.Add(prefix + "hcontainer_table" + number.ToString(CultureInfo.InvariantCulture));
        _xml.Start("hcontainer");
        _xml.Attribute("name", "table");
        _xml.Attribute("eId", id);
        _xml.Start("content");
        _xml.Attribute("eId", _eIds.Add(id + "__content"));
        _xml.Start("table");
        _xml.Attribute("eId", _eIds.Add(id + "__table_1"));
        foreach (DocumentTableRow row in table.Rows)
        {
            _xml.Start("tr");
            foreach (string cell in row.Cells)
            {
                _xml.Start("td");
                _text.StartP();
                _text.Plain(cell);
                _xml.End();
                _xml.End();
            }
            if (row.Cells.Count == 0)
            {
                _xml.Start("td");
                _text.StartP();
                _xml.End();
                _xml.End();
            }
            _xml.End();
        }
        _xml.End();
        _xml.End();
        _xml.End();
    }

    // ---- conclusions and attachments -----------------------------------------------------------------------

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

/// <summary>The eIds of one output file: each given once (a repeat gets <c>-2</c>, <c>-3</c> … appended to its last number).</summary>
internal sealed class EIds
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Add(string eId)
    {
        if (_used.Add(eId)) { return eId; }
        for (int k = 2; ; k++)
        {
            string candidate = eId + "-" + k.ToString(CultureInfo.InvariantCulture);
            if (_used.Add(candidate)) { return candidate; }
        }
    }
}
