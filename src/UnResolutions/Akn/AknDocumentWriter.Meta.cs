
namespace UnResolutions.Akn;

/// <summary>The <c>meta</c> block: identification (FRBR), references (TLC).</summary>
internal sealed partial class AknDocumentWriter
{
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
}
