using System.Diagnostics;
using System.Reflection;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Fuzz;

/// <summary>What went wrong with one input: a signature that groups failures of one cause, and a detail for people.</summary>
/// <param name="Signature">An exception's type and the top frame of the library that it came through, or the name of the
/// broken promise (<c>lossless: …</c>) for a result that is not the input.</param>
/// <param name="Detail">The message, or where the output first differs from the input.</param>
public sealed record Failure(string Signature, string Detail);

/// <summary>
/// The whole promise of the library, applied to one input: parse, the tree's full text is the input, the diagnostics,
/// the documents of the model, each document's JSON read back and written again unchanged, the UTF-8 bytes of the
/// input through <c>ParseBytes</c>, the syntax JSON read back into a tree whose full text is again the input.
/// </summary>
public static class Pipeline
{
    /// <summary>Runs every step on <paramref name="text"/>; null when every promise holds.</summary>
    public static Failure? Check(string text) => Check(text, null);

    /// <summary>As <see cref="Check(string)"/>, adding the wall time of each step to <paramref name="times"/>.</summary>
    public static Failure? Check(string text, IDictionary<string, TimeSpan>? times)
    {
        var clock = Stopwatch.StartNew();
        string step = "ParseText";
        void Done(string next)
        {
            if (times is not null) { times[step] = times.TryGetValue(step, out TimeSpan t) ? t + clock.Elapsed : clock.Elapsed; }
            clock.Restart();
            step = next;
        }
        try
        {
            ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseText(text);
            Done("ToFullString");
            string full = tree.GetRoot().ToFullString();
            if (full != text) { return Lost("ToFullString", text, full); }

            Done("GetDiagnostics");
            foreach (var diagnostic in tree.GetDiagnostics())
            {
                if (diagnostic.Span.End > text.Length) { return new Failure("diagnostic: span outside the text", diagnostic.ToString()); }
            }

            Done("ResolutionModel");
            foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(tree))
            {
                Done("ResolutionJson");
                string json = ResolutionJson.Serialize(document);
                string again = ResolutionJson.Serialize(ResolutionJson.Deserialize(json));
                if (again != json) { return Lost("ResolutionJson", json, again); }
                Done("ResolutionModel");
            }

            // The bytes' entry point: UTF-8 of the text (a lone surrogate becomes U+FFFD, as any UTF-8 writer makes it),
            // decoded and parsed, gives a tree whose full text is the decoded text, which is the input when the input
            // had a UTF-8 form and no NUL (text with NUL and no byte-order mark is tried as UTF-16 first).
            Done("ParseBytes");
            ResolutionSyntaxTree fromBytes = ResolutionSyntaxTree.ParseBytes(System.Text.Encoding.UTF8.GetBytes(text));
            string decoded = fromBytes.Text.Text;
            string fromBytesText = fromBytes.GetRoot().ToFullString();
            if (fromBytesText != decoded) { return Lost("ParseBytes", decoded, fromBytesText); }
            if (decoded != text && !text.Contains('\0') && !HasLoneSurrogate(text)) { return Lost("ParseBytes decoding", text, decoded); }

            Done("SyntaxJson");
            string syntaxJson = SyntaxJson.Serialize(tree.GetRoot());
            Done("SyntaxJson.Read");
            string reread = SyntaxJson.Read(syntaxJson).GetRoot().ToFullString();
            if (reread != text) { return Lost("SyntaxJson.Read", text, reread); }
            Done("");
            return null;
        }
        catch (Exception e)
        {
            return new Failure(SignatureOf(e, step), $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>The exception's type and the first frame of the stack that is in the library (the frame that threw, or the
    /// library method that called the framework method that threw), else the step of the pipeline.</summary>
    public static string SignatureOf(Exception e, string step)
    {
        Assembly library = typeof(ResolutionSyntaxTree).Assembly;
        foreach (StackFrame frame in new StackTrace(e, false).GetFrames())
        {
            MethodBase? method = frame.GetMethod();
            if (method?.DeclaringType?.Assembly == library)
            {
                return $"{e.GetType().FullName} at {method.DeclaringType.FullName}.{method.Name}";
            }
        }
        return $"{e.GetType().FullName} in {step}";
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; }
            else if (char.IsSurrogate(s[i])) { return true; }
        }
        return false;
    }

    private static Failure Lost(string step, string expected, string actual)
    {
        int at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) { at++; }
        string Around(string s) => Escape(s.Substring(Math.Max(0, at - 20), Math.Min(s.Length, at + 20) - Math.Max(0, at - 20)));
        // What the first lost character is belongs to the signature: a lone surrogate lost in JSON is one cause, a lost
        // line break another.
        string what = at >= expected.Length ? "end" : char.IsSurrogate(expected[at]) ? "lone surrogate" : char.IsControl(expected[at]) ? "control"
            : char.IsWhiteSpace(expected[at]) ? "space" : "text";
        return new Failure($"lossless: {step} ({what})",
            $"differs at {at} (length {expected.Length} then {actual.Length}): \"{Around(expected)}\" then \"{Around(actual)}\"");
    }

    /// <summary>Text with control characters, surrogates and spaces other than U+0020 as <c>\uXXXX</c>, for one line of output.</summary>
    public static string Escape(string s)
    {
        var b = new System.Text.StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c < ' ' || char.IsSurrogate(c) || (char.IsWhiteSpace(c) && c != ' ') || c == '\u00AD' || c == '\uFEFF') { b.Append($"\\u{(int)c:X4}"); }
            else { b.Append(c); }
        }
        return b.ToString();
    }
}
