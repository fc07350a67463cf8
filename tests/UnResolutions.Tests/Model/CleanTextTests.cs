using System.Text;
using UnResolutions.Model;

namespace UnResolutions.Tests.Model;

/// <summary>
/// The model's text cleaning (white space collapsed to single spaces, soft hyphens dropped, no outer spaces) against
/// a plain character-by-character reference, on real paragraphs and on random strings of the characters that matter.
/// </summary>
[TestFixture]
public class CleanTextTests
{
    /// <summary>The rule, one character at a time.</summary>
    private static string Reference(string text)
    {
        var builder = new StringBuilder();
        bool space = false;
        foreach (char c in text)
        {
            if (c == '\u00AD') { continue; }
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) { builder.Append(' '); space = false; }
            builder.Append(c);
        }
        return builder.ToString();
    }

    [TestCase("  Recalling  its resolution\t70/1 \r\n", "Recalling its resolution 70/1")]
    [TestCase("co\u00ADoperation", "cooperation")]
    [TestCase("21\u00A0July\u202F2016", "21 July 2016")]
    [TestCase("a \u00AD b", "a b")]
    [TestCase(" ", "")]
    [TestCase("", "")]
    [TestCase("Member States’ “efforts” – all", "Member States’ “efforts” – all")]
    public void Cleans_as_the_rule_says(string text, string expected)
    {
        Assert.That(ResolutionModel.Clean(text), Is.EqualTo(expected));
        Assert.That(Reference(text), Is.EqualTo(expected));
    }

    [Test]
    public void Agrees_with_the_reference_on_every_line_of_the_corpus()
    {
        int lines = 0;
        foreach (string name in Fixtures.OdsNames())
        {
            foreach (string line in Fixtures.Ods(name).Split('\n'))
            {
                Assert.That(ResolutionModel.Clean(line), Is.EqualTo(Reference(line)), $"{name}: {line}");
                lines++;
            }
        }
        Assert.That(lines, Is.GreaterThan(1000));
    }

    [Test]
    public void Agrees_with_the_reference_on_random_strings()
    {
        // Letters, single and double spaces, tabs, line breaks, NBSP, narrow NBSP, figure space, soft hyphen, quotes, control.
        const string alphabet = "ab  \t\n\r\u00A0\u202F\u2007\u00AD’“\u0001~.";
        var random = new Random(20261122);
        for (int n = 0; n < 5000; n++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 40);
            for (int k = 0; k < length; k++) { builder.Append(alphabet[random.Next(alphabet.Length)]); }
            string text = builder.ToString();
            Assert.That(ResolutionModel.Clean(text), Is.EqualTo(Reference(text)), $"\"{text}\"");
        }
    }
}
