using UnResolutions.Languages;
using UnResolutions.Parsing;
using UnResolutions.Syntax;

namespace UnResolutions.Model;

public static partial class ResolutionModel
{
    /// <summary>
    /// What the chapeau of a General Assembly decision says: "At its 66th plenary meeting, on 7 December 2017, the
    /// General Assembly, on the recommendation of the Special Political and Decolonization Committee (Fourth
    /// Committee), adopted the following text:". A decision has no adoption line and no closing of its own.
    /// </summary>
    private readonly record struct DecisionChapeau(string? Meeting, DateOnly? Date, string? Committee)
    {
        private const string AtIts = "At its ";
        private const string Recommendation = "on the recommendation of the ";

        /// <summary>The facts of a chapeau's clean text; all null when it is no chapeau.</summary>
        public static DecisionChapeau Read(string? text)
        {
            if (text == null || !text.StartsWith(AtIts, StringComparison.Ordinal)) { return default; }
            int meetingEnd = text.IndexOf("meeting", AtIts.Length, StringComparison.Ordinal);
            if (meetingEnd < 0 || meetingEnd - AtIts.Length > 40) { return default; }
            meetingEnd += "meeting".Length;
            string meeting = text[AtIts.Length..meetingEnd];
            DateOnly? date = null;
            ReadOnlySpan<char> rest = text.AsSpan(meetingEnd);
            if (rest.StartsWith(", on ", StringComparison.Ordinal))
            {
                ReadOnlySpan<char> when = rest[5..];
                int n = Dates.Match(when);
                if (n > 0 && Dates.TryParse(when[..n], out DateOnly d)) { date = d; }
            }
            return new DecisionChapeau(meeting, date, CommitteeOf(text));
        }

        /// <summary>The committee after "on the recommendation of the", to the first comma or colon outside brackets.</summary>
        private static string? CommitteeOf(string text)
        {
            int start = text.IndexOf(Recommendation, StringComparison.Ordinal);
            if (start < 0) { return null; }
            start += Recommendation.Length;
            int depth = 0;
            int end = start;
            for (; end < text.Length; end++)
            {
                char c = text[end];
                if (c == '(') { depth++; }
                else if (c == ')') { depth--; }
                else if (depth == 0 && c is ',' or ':' or ';') { break; }
            }
            string committee = text[start..end].Trim();
            // "General Committee (see A/72/250, para. 5)": a reference after the name is not the committee's.
            int open = committee.LastIndexOf(" (", StringComparison.Ordinal);
            if (open > 0 && committee.EndsWith(')') && !committee.AsSpan(open).Contains("Committee", StringComparison.Ordinal)) { committee = committee[..open]; }
            return committee.Contains("Committee", StringComparison.Ordinal) ? committee : null;
        }
    }

    /// <summary>
    /// The origin of a decision: the committee of its chapeau and the report of its record line (<c>(See A/72/456,
    /// para. 44; A/72/PV.66)</c>), without the meeting record (<c>A/72/PV.66</c>), which is no originating document.
    /// </summary>
    private static Origin? DecisionOrigin(DecisionChapeau chapeau, ClosingSyntax record)
    {
        List<string> documents = record.Documents.Select(t => t.Text).Where(d => !d.Contains("/PV.", StringComparison.Ordinal)).ToList();
        if (chapeau.Committee == null && documents.Count == 0) { return null; }
        return new Origin
        {
            Committee = chapeau.Committee,
            CommitteeId = Languages.LanguageTable.MainCommitteeIdOf(chapeau.Committee),
            Document = documents.FirstOrDefault(),
            Documents = documents,
            Paragraph = ParagraphOf(record.ToString()),
            WithoutReference = false,
        };
    }
}
