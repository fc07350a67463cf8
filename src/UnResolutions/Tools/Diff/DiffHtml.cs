using System.Net;
using System.Text;

namespace UnResolutions.Tools.Diff;

/// <summary>
/// Writes a <see cref="ResolutionComparison"/> as one self-contained HTML page (styles inline, no script, no external
/// asset): the summary at the top, then old and new side by side, paragraph by paragraph, deletions in
/// <c>&lt;del&gt;</c> and insertions in <c>&lt;ins&gt;</c>; each paragraph number links to its pair.
/// </summary>
public static class DiffHtml
{
    private const string Style = """
        body{font-family:Georgia,'Times New Roman',serif;margin:1.5rem;color:#1b1b1b;background:#fff}
        h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
        .summary{border:1px solid #c8d3df;background:#f3f7fb;padding:.6rem 1rem;margin:.8rem 0}
        .summary li{margin:.15rem 0}
        table{border-collapse:collapse;width:100%;table-layout:fixed}
        th{background:#e9eef4;text-align:left;padding:.4rem;font-family:sans-serif;font-size:.85rem}
        td{vertical-align:top;padding:.45rem .6rem;border-top:1px solid #dde3ea;line-height:1.45}
        td.empty{background:#f7f7f7}
        tr.added td.new{background:#eefaf0}tr.removed td.old{background:#fdf0f0}
        a.num{font-weight:bold;text-decoration:none;color:#1f4e8c;margin-right:.35rem}
        del{background:#f9c9c9;color:#7a1010}ins{background:#c8efcf;color:#0c5a1c;text-decoration:none}
        .tag{display:inline-block;font-family:sans-serif;font-size:.7rem;padding:0 .35rem;margin:0 .2rem .2rem 0;border-radius:.6rem;background:#e4e8ee;color:#333}
        .tag.lead{background:#ffe8b3}.tag.moved{background:#dcd3f5}.tag.edited{background:#d7e6f7}.tag.added{background:#c8efcf}.tag.removed{background:#f9c9c9}
        .sub{margin:.2rem 0 0 1.2rem}.cites{font-family:sans-serif;font-size:.75rem;color:#444;margin-top:.25rem}
        """;

    /// <summary>The page.</summary>
    public static string Render(ResolutionComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var html = new StringBuilder();
        string title = $"{comparison.OldSymbol ?? "(old)"} → {comparison.NewSymbol ?? "(new)"}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");
        if ((comparison.NewTitle ?? comparison.OldTitle) is { } name) { html.Append("<p>").Append(E(name)).Append("</p>\n"); }
        DiffSummary s = comparison.Summary;
        html.Append("<ul class=\"summary\" id=\"summary\">\n")
            .Append($"<li>Recitals: {s.RecitalsAdded} added, {s.RecitalsRemoved} removed, {s.RecitalsEdited} edited, {s.RecitalsUnchanged} unchanged</li>\n")
            .Append($"<li>Operative paragraphs: {s.OperativeAdded} added, {s.OperativeRemoved} removed, {s.OperativeEdited} edited, {s.OperativeUnchanged} unchanged</li>\n")
            .Append($"<li>Lead phrases changed: {s.LeadPhrasesChanged}; moved: {s.Moved}; renumbered: {s.Renumbered}</li>\n</ul>\n");
        Section(html, "Preamble", comparison.Recitals, comparison.OldSymbol, comparison.NewSymbol);
        Section(html, "Operative paragraphs", comparison.Operative, comparison.OldSymbol, comparison.NewSymbol);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Section(StringBuilder html, string heading, IReadOnlyList<ParagraphDiff> diffs, string? oldSymbol, string? newSymbol)
    {
        html.Append("<h2>").Append(heading).Append("</h2>\n<table>\n<colgroup><col style=\"width:50%\"><col style=\"width:50%\"></colgroup>\n")
            .Append("<tr><th>").Append(E(oldSymbol ?? "old")).Append("</th><th>").Append(E(newSymbol ?? "new")).Append("</th></tr>\n");
        foreach (ParagraphDiff d in diffs)
        {
            html.Append("<tr class=\"").Append(d.Kind.ToString().ToLowerInvariant()).Append("\">");
            Cell(html, d, old: true);
            Cell(html, d, old: false);
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    /// <summary>The anchor of a paragraph: <c>old-o31</c>, <c>new-r18</c>.</summary>
    public static string Anchor(DiffSection section, bool old, ParagraphVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return (old ? "old-" : "new-") + (section == DiffSection.Preamble ? "r" : "o") + version.Position.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Cell(StringBuilder html, ParagraphDiff d, bool old)
    {
        ParagraphVersion? version = old ? d.Old : d.New;
        ParagraphVersion? other = old ? d.New : d.Old;
        if (version is null) { html.Append("<td class=\"").Append(old ? "old" : "new").Append(" empty\"></td>"); return; }
        html.Append("<td class=\"").Append(old ? "old" : "new").Append("\" id=\"").Append(Anchor(d.Section, old, version)).Append("\">");
        string label = d.Section == DiffSection.Preamble ? "R" + version.Label : version.Label + ".";
        if (other is null) { html.Append("<span class=\"num\">").Append(E(label)).Append("</span>"); }
        else { html.Append("<a class=\"num\" href=\"#").Append(Anchor(d.Section, !old, other)).Append("\">").Append(E(label)).Append("</a>"); }
        if (!old)
        {
            html.Append("<span class=\"tag ").Append(d.Kind.ToString().ToLowerInvariant()).Append("\">").Append(d.Kind.ToString().ToLowerInvariant()).Append("</span>");
            if (d.LeadPhraseChanged) { html.Append("<span class=\"tag lead\">lead phrase</span>"); }
            if (d.Moved) { html.Append("<span class=\"tag moved\">moved</span>"); }
            if (d.Renumbered && d.Old is not null) { html.Append("<span class=\"tag\">was ").Append(E(d.Old.Label)).Append("</span>"); }
        }
        else if (d.Kind == ParagraphChangeKind.Removed)
        {
            html.Append("<span class=\"tag removed\">removed</span>");
        }
        Runs(html, d.Text, old);
        foreach (SubparagraphDiff s in d.Subparagraphs)
        {
            string? subLabel = old ? s.OldLabel : s.NewLabel;
            if (subLabel is null) { continue; }
            html.Append("<div class=\"sub\">(").Append(E(subLabel)).Append(") ");
            Runs(html, s.Text, old);
            html.Append("</div>");
        }
        IReadOnlyList<string> cites = old ? d.CitationsRemoved : d.CitationsAdded;
        IReadOnlyList<string> notes = old ? d.FootnotesRemoved : d.FootnotesAdded;
        if (cites.Count > 0) { html.Append("<div class=\"cites\">").Append(old ? "citations removed: " : "citations added: ").Append(E(string.Join(", ", cites))).Append("</div>"); }
        foreach (string note in notes) { html.Append("<div class=\"cites\">").Append(old ? "footnote removed: " : "footnote added: ").Append(E(note)).Append("</div>"); }
        html.Append("</td>");
    }

    private static void Runs(StringBuilder html, IReadOnlyList<TextChange> runs, bool old)
    {
        foreach (TextChange run in runs)
        {
            switch (run.Kind)
            {
                case TextChangeKind.Same: html.Append(E(run.Text)); break;
                case TextChangeKind.Deleted when old: html.Append("<del>").Append(E(run.Text)).Append("</del>"); break;
                case TextChangeKind.Inserted when !old: html.Append("<ins>").Append(E(run.Text)).Append("</ins>"); break;
            }
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
