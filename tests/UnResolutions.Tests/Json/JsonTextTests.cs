using System.Text;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Json;

/// <summary>How both JSONs write text: unescaped UTF-8, one line per document, and no code unit lost.</summary>
[TestFixture]
public class JsonTextTests
{
    // Every shape of surrogate a string can hold: lone high, lone low, a reversed pair, two highs, a good pair.
    private static readonly string[] Surrogates = ["\uD800", "\uDFFF", "\uDC00\uD800", "\uD83D\uD83D", "\uD83D\uDE00", "\uDBFF"];

    [Test]
    public void Syntax_json_gives_back_every_lone_surrogate_wherever_it_is()
    {
        string document = Fixtures.Ods("A_RES_71_242");
        var random = new Random(14);
        for (int n = 0; n < 60; n++)
        {
            // Anywhere: in a token's text, in trivia (after a tab, before a line break), in skipped text with a
            // diagnostic, at the start and at the end.
            var text = new StringBuilder(document);
            for (int k = random.Next(1, 8); k > 0; k--)
            {
                text.Insert(random.Next(text.Length + 1), Surrogates[random.Next(Surrogates.Length)]);
            }
            if (n % 3 == 0) { text.Insert(0, Surrogates[n % Surrogates.Length] + "\n"); }
            if (n % 5 == 0) { text.Append('\t').Append(Surrogates[n % Surrogates.Length]); }
            string input = text.ToString();
            var tree = ResolutionSyntaxTree.ParseText(input);
            string json = SyntaxJson.Serialize(tree.GetRoot());
            ResolutionSyntaxTree back = SyntaxJson.Read(json);
            Assert.That(back.GetRoot().ToFullString(), Is.EqualTo(input), $"input {n}");
            Assert.That(SyntaxJson.Serialize(back.GetRoot()), Is.EqualTo(json), $"input {n}: written again, the same JSON");
            Assert.That(back.GetDiagnostics().Select(d => d.ToString()), Is.EqualTo(tree.GetDiagnostics().Select(d => d.ToString())), $"input {n}");
        }
    }

    // Not [TestCase]: an attribute's string is stored as UTF-8, where a lone surrogate is already lost; and named
    // in ASCII, since the test adapter drops a test whose name holds a lone surrogate.
    private static IEnumerable<TestCaseData> LoneSurrogateTexts() =>
        new[] { "\uD800", "x\uDFFFy\uD800", "\uDC00\uD800\uD800" }.Select(text =>
            new TestCaseData(text).SetArgDisplayNames(string.Concat(text.Select(c => c < 0x80 ? c.ToString() : $"U+{(int)c:X4}"))));

    [TestCaseSource(nameof(LoneSurrogateTexts))]
    public void Syntax_json_keeps_a_lone_surrogate_beside_the_replacement_character_it_writes(string text)
    {
        var tree = ResolutionSyntaxTree.ParseText(text + "\uFFFD\n");
        string json = SyntaxJson.Serialize(tree.GetRoot());
        Assert.That(json, Does.Contain("\"textSurrogates\":[["));
        Assert.That(SyntaxJson.Read(json).GetRoot().ToFullString(), Is.EqualTo(text + "\uFFFD\n"), "a U+FFFD of the input stays one");
    }

    [Test]
    public void Syntax_json_refuses_a_surrogate_list_that_does_not_fit_its_text()
    {
        string json = SyntaxJson.Serialize(ResolutionSyntaxTree.ParseText("\uD800\n").GetRoot());
        Assert.That(() => SyntaxJson.Read(json.Replace("[[0,55296]]", "[[1,55296]]", StringComparison.Ordinal)), Throws.InstanceOf<System.Text.Json.JsonException>());
        Assert.That(() => SyntaxJson.Read(json.Replace("[[0,55296]]", "[[0,65]]", StringComparison.Ordinal)), Throws.InstanceOf<System.Text.Json.JsonException>());
    }

    [Test]
    public void A_lone_surrogate_is_U_FFFD_in_the_model_so_the_document_json_round_trips()
    {
        string text = Fixtures.Ods("A_RES_71_242").Replace("Welcoming the Paris Agreement", "Welcoming the Paris \uD800Agreement \uD83D\uDE00", StringComparison.Ordinal);
        ResolutionDocument document = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single();
        Paragraph recital = document.Preamble.Single(p => p.LeadPhrase == "Welcoming");
        Assert.That(recital.Text, Does.StartWith("the Paris \uFFFDAgreement \uD83D\uDE00"), "the pair is kept, the lone one replaced");
        Assert.That(ResolutionJson.Deserialize(ResolutionJson.Serialize(document)), Is.EqualTo(document));
    }

    // Found by the fuzzer: the trailer's values are taken as they stand, not cleaned, and kept a lone surrogate.
    [Test]
    public void A_lone_surrogate_in_the_trailer_is_U_FFFD_in_the_model_too()
    {
        string text = Fixtures.Ods("A_RES_71_242").Replace("<<ODS DOC SYMBOL1>>A/RES/71/242<<ODS DOC SYMBOL1>>", "<<ODS DOC SYMBOL1>>A/RES/71\uD800/242<<ODS DOC SYMBOL1>>", StringComparison.Ordinal);
        ResolutionDocument document = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single();
        Assert.That(document.Ods!.Symbols, Is.EqualTo(new[] { "A/RES/71\uFFFD/242" }));
        Assert.That(ResolutionJson.Deserialize(ResolutionJson.Serialize(document)), Is.EqualTo(document));
    }

    [Test]
    public void Non_ascii_text_is_written_unescaped_in_both_jsons()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "languages", "ga-fr", "ods", "A_RES_75_202.txt"));
        var tree = ResolutionSyntaxTree.ParseText(text);
        string document = ResolutionJson.Serialize(ResolutionModel.FromTree(tree).Single());
        string syntax = SyntaxJson.Serialize(tree.GetRoot());
        Assert.Multiple(() =>
        {
            Assert.That(document, Does.Contain("Commission\""));
            Assert.That(document, Does.Contain("è").And.Contain("é"));
            Assert.That(document, Does.Not.Match(@"\\u00[8-9A-F][0-9A-F]"), "no escaped Latin-1 letter");
            Assert.That(syntax, Does.Contain("é").And.Not.Match(@"\\u00[8-9A-F][0-9A-F]"));
        });
    }

    [Test]
    public void What_could_break_a_json_lines_file_is_still_escaped()
    {
        // A line break of any kind inside a string must not end the JSON line; U+2028 and U+2029 end a line in JavaScript.
        string text = "Foo\u2028bar\u2029baz\u0085 \"q\" \\ \u0001";
        var tree = ResolutionSyntaxTree.ParseText(text);
        string json = SyntaxJson.Serialize(tree.GetRoot());
        Assert.That(json.AsSpan().IndexOfAny("\u2028\u2029\u0085\u0001\n\r"), Is.EqualTo(-1), json);
        Assert.That(SyntaxJson.Read(json).GetRoot().ToFullString(), Is.EqualTo(text));
    }

    [Test]
    public void An_origin_paragraph_number_too_big_for_an_integer_is_no_paragraph()
    {
        foreach (string number in new[] { "2147483648", "99999999999999999999", "123456789012345678901234567890" })
        {
            string text = Fixtures.Ods("A_RES_75_231").Replace("para. 7)", $"para. {number})", StringComparison.Ordinal);
            Assert.That(text, Does.Contain(number));
            ResolutionDocument document = ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(text)).Single();
            Assert.That(document.Origin!.Paragraph, Is.Null, number);
            Assert.That(document.Origin.Document, Is.EqualTo("A/75/462/Add.2"), number);
        }
        foreach ((string number, int value) in new[] { ("2147483647", int.MaxValue), ("0000000000007", 7) })
        {
            string fits = Fixtures.Ods("A_RES_75_231").Replace("para. 7)", $"para. {number})", StringComparison.Ordinal);
            Assert.That(ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(fits)).Single().Origin!.Paragraph, Is.EqualTo(value), number);
        }
    }
}
