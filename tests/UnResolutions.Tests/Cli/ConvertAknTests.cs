using UnResolutions.Akn;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Tests.Cli;

/// <summary><c>unres convert --format akn --out DIR</c> and <c>unres parse --format akn</c>, run as processes.</summary>
[TestFixture]
[Category("Cli")]
public class ConvertAknTests : CliTestFixture
{
    private static string Akn(string path, int index = 0) =>
        AknWriter.WriteToString(ResolutionModel.FromTree(ResolutionSyntaxTree.ParseBytes(File.ReadAllBytes(path)))[index]);

    private List<string> Leftovers(string directory) => Directory.EnumerateFiles(directory, ".*.tmp-*").ToList();

    [Test]
    public void Each_input_gives_DIR_stem_xml_and_further_resolutions_stem_2_xml()
    {
        string two = Path.Combine(Work, "two.txt");
        // Two resolutions in one input: the second is written to two-2.xml.
        File.WriteAllText(two, File.ReadAllText(FixturePath("A_RES_75_308")) + "\n" + File.ReadAllText(FixturePath("A_RES_71_242")));
        Assert.That(ResolutionModel.FromTree(ResolutionSyntaxTree.ParseText(File.ReadAllText(two))), Has.Count.EqualTo(2), "the input holds two resolutions");
        string output = Path.Combine(Work, "akn");

        Unres.Result result = Run("convert", FixturePath("A_RES_75_23"), two, "--out", output, "--format", "akn", "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[] { "A_RES_75_23.xml", "two-2.xml", "two.xml" }));
        Assert.That(File.ReadAllText(Path.Combine(output, "A_RES_75_23.xml")), Is.EqualTo(Akn(FixturePath("A_RES_75_23"))));
        Assert.That(File.ReadAllText(Path.Combine(output, "two.xml")), Is.EqualTo(Akn(two, 0)));
        Assert.That(File.ReadAllText(Path.Combine(output, "two-2.xml")), Is.EqualTo(Akn(two, 1)));
    }

    [Test]
    public void Fail_fast_writes_no_file_and_leaves_existing_ones_untouched()
    {
        string output = Path.Combine(Work, "akn");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "A_RES_75_23.xml"), "previous");

        Unres.Result result = Run("convert", FixturePath("A_RES_75_23"), Path.Combine(Work, "missing.txt"), "--out", output, "--format", "akn", "--fail-fast");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(File.ReadAllText(Path.Combine(output, "A_RES_75_23.xml")), Is.EqualTo("previous"));
        Assert.That(Directory.GetFiles(output), Has.Length.EqualTo(1));
    }

    [Test]
    public void A_file_that_cannot_be_read_is_reported_and_the_others_are_written()
    {
        string output = Path.Combine(Work, "akn");
        string missing = Path.Combine(Work, "missing.txt");

        Unres.Result result = Run("convert", missing, FixturePath("A_RES_75_23"), "--out", output, "--format", "akn");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain($"{missing}: error: cannot read the file"));
        Assert.That(result.Stderr, Does.Contain("documents: 1"));
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName), Is.EqualTo(new[] { "A_RES_75_23.xml" }));
        Assert.That(Leftovers(output), Is.Empty);
    }

    [Test]
    public void Inputs_that_would_overwrite_each_other_or_an_input_are_a_usage_error()
    {
        string a = Path.Combine(Work, "a", "x.txt"), b = Path.Combine(Work, "b", "x.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(a)!);
        Directory.CreateDirectory(Path.GetDirectoryName(b)!);
        File.Copy(FixturePath("A_RES_75_23"), a);
        File.Copy(FixturePath("A_RES_75_23"), b);
        string output = Path.Combine(Work, "akn");

        Unres.Result same = Run("convert", a, b, "--out", output, "--format", "akn");
        Assert.That(same.ExitCode, Is.EqualTo(2), same.ToString());
        Assert.That(same.Stderr, Does.Contain("would both be written to"));
        Assert.That(Directory.Exists(output), Is.False, "nothing written");

        // An input named .xml in the output directory would be replaced by its own conversion.
        string input = Path.Combine(Work, "a", "y.xml");
        File.Copy(FixturePath("A_RES_75_23"), input);
        Unres.Result overwrite = Run("convert", input, "--out", Path.Combine(Work, "a"), "--format", "akn");
        Assert.That(overwrite.ExitCode, Is.EqualTo(2), overwrite.ToString());
        Assert.That(File.ReadAllText(input), Is.EqualTo(File.ReadAllText(FixturePath("A_RES_75_23"))));

        Unres.Result stdout = Run("convert", a, "--out", "-", "--format", "akn");
        Assert.That(stdout.ExitCode, Is.EqualTo(2), stdout.ToString());
        Assert.That(stdout.Stderr, Does.Contain("--out must be a directory"));
    }

    [Test]
    public void Parse_prints_the_AKN_of_each_resolution()
    {
        Unres.Result result = Run("parse", FixturePath("A_RES_71_242"), "--format", "akn");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.StdoutText.ReplaceLineEndings("\n"), Is.EqualTo((Akn(FixturePath("A_RES_71_242")) + "\n").ReplaceLineEndings("\n")));
    }
}
