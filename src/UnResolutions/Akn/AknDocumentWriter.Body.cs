using System.Buffers;
using UnResolutions.Model;

namespace UnResolutions.Akn;

/// <summary>The preamble (formula, recitals) and the main body (paragraphs, points, tables).</summary>
internal sealed partial class AknDocumentWriter
{
    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private void WritePreamble(EId prefix, string? formula, IReadOnlyList<Paragraph> recitals)
    {
        if (formula == null && recitals.Count == 0) { return; }
        _xml.Start("preamble");
        if (formula != null)
        {
            _xml.Start("formula");
            _xml.Attribute("name", "enactingFormula");
            EIdAttribute(_eIds.Add(prefix, "preamble__formula_1"));
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
            EId id = _eIds.Add(prefix, "preamble__container_", i + 1);
            _xml.Start("container");
            _xml.Attribute("name", AknText.XmlSafe(recital.LeadPhrase ?? "recital"));
            EIdAttribute(id);
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
    private void WriteHeadingBlock(string heading, IReadOnlyList<int> refs, EId owner)
    {
        _text.StartP();
        _xml.Attribute("class", "heading");
        _text.Lines(heading);
        _text.NotesAtEnd(refs, owner);
        _xml.End();
    }

    /// <summary>Sub-paragraphs of a recital: a container holds blocks, so they are a <c>blockList</c> of <c>item</c>s.</summary>
    private void WriteBlockList(IReadOnlyList<Subparagraph> items, EId owner)
    {
        EId id = _eIds.Add(owner, "blockList_1");
        _xml.Start("blockList");
        EIdAttribute(id);
        for (int i = 0; i < items.Count; i++)
        {
            Subparagraph item = items[i];
            EId itemId = StartSubparagraph("item", "item_", id, item, i);
            _text.StartP();
            _text.Body(null, item.Text, item.FootnoteRefs, item.FootnoteOffsets, item.References, itemId);
            _xml.End();
            if (item.Subparagraphs.Count > 0) { WriteBlockList(item.Subparagraphs, itemId); }
            _xml.End();
        }
        _xml.End();
    }

    // ---- main body --------------------------------------------------------------------------------------------

    private void WriteMainBody(EId prefix, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<DocumentTable> tables)
    {
        _xml.Start("mainBody");
        WriteItems(prefix, paragraphs, tables);
        _xml.End();
    }

    /// <summary>Paragraphs with the tables between them, each table after the paragraph whose number it follows.</summary>
    private void WriteItems(EId prefix, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<DocumentTable> tables)
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
            EId id = _eIds.Add(prefix, "hcontainer_1");
            EIdAttribute(id);
            _xml.Start("content");
            _text.StartP();
            // The one place a note can go in a document without title or text.
            _text.NotesAtEnd([], id);
            _xml.End();
            _xml.End();
            _xml.End();
        }
    }

    private void WriteParagraph(EId prefix, Paragraph paragraph, int index)
    {
        // A decimal number ("1.1") is named by its position, as an unnumbered paragraph is.
        EId id = AddNumbered(prefix, "para_", paragraph.Number ?? "", index);
        _xml.Start("paragraph");
        EIdAttribute(id);
        // "12" was printed "12."; a decimal number ("1.1") was printed without a full stop after it.
        if (paragraph.Number is { } number) { WriteNum(number.Contains('.') ? number : number + "."); }
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
    private void WriteHierarchyBody(EId id, string? lead, string text, IReadOnlyList<int> refs, IReadOnlyList<int>? offsets, IReadOnlyList<Reference> references,
        IReadOnlyList<Subparagraph> points)
    {
        void Text(string element, EId parent, string name)
        {
            _xml.Start(element);
            EIdAttribute(_eIds.Add(parent, name));
            _text.StartP();
            _text.Body(lead, text, refs, offsets, references, id);
            _xml.End();
            _xml.End();
        }

        if (points.Count == 0)
        {
            Text("content", id, "content");
            return;
        }
        EId list = _eIds.Add(id, "list_1");
        _xml.Start("list");
        EIdAttribute(list);
        if (lead != null || text.Length > 0 || refs.Count > 0) { Text("intro", list, "intro"); }
        for (int i = 0; i < points.Count; i++)
        {
            Subparagraph point = points[i];
            EId pointId = StartSubparagraph("point", "point_", list, point, i);
            WriteHierarchyBody(pointId, null, point.Text, point.FootnoteRefs, point.FootnoteOffsets, point.References, point.Subparagraphs);
            _xml.End();
        }
        _xml.End();
    }

    /// <summary>Opens the element of a sub-paragraph (<c>point</c>, <c>item</c>) with its eId and <c>num</c>; returns the eId.</summary>
    private EId StartSubparagraph(string element, string name, EId parent, Subparagraph subparagraph, int index)
    {
        EId id = AddNumbered(parent, name, subparagraph.Label, index);
        _xml.Start(element);
        EIdAttribute(id);
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

    /// <summary>
    /// The eId <c>parent__name</c> with its number: the label or number when it is letters and digits (<c>a</c>, <c>iv</c>,
    /// <c>12</c>), else the position (a bullet, no label, <c>1.1</c>).
    /// </summary>
    private EId AddNumbered(EId parent, string name, string label, int index) =>
        label.Length > 0 && !label.AsSpan().ContainsAnyExcept(AsciiLettersAndDigits)
            ? _eIds.Add(parent, name, label)
            : _eIds.Add(parent, name, index + 1);

    private void WriteTable(EId prefix, DocumentTable table, int number)
    {
        EId id = _eIds.Add(prefix, "hcontainer_table", number);
        _xml.Start("hcontainer");
        _xml.Attribute("name", "table");
        EIdAttribute(id);
        _xml.Start("content");
        EIdAttribute(_eIds.Add(id, "content"));
        _xml.Start("table");
        EIdAttribute(_eIds.Add(id, "table_1"));
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
}
