namespace UnResolutions.Tests.Cli;

[TestFixture]
[Category("Cli")]
public class CitesCommandTests : CliTestFixture
{
    [Test]
    public void The_output_file_is_csv_by_its_extension_with_one_edge_per_citation()
    {
        Unres.Result result = Unres.Run(Work, ["cites", Fixtures.OdsPath("A_RES_67_225"), Fixtures.OdsPath("A_RES_71_242"), "--out", "cites.csv"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        string[] lines = File.ReadAllLines(Path.Combine(Work, "cites.csv"));
        Assert.That(lines[0], Does.StartWith("citing,cited,citedKind,citedDate,"));
        Assert.That(lines.Count(l => l.StartsWith("A/RES/71/242,A/RES/", StringComparison.Ordinal) && l.Contains(",preamble,,1,,Recalling,", StringComparison.Ordinal)), Is.EqualTo(11));
        Assert.That(lines.Any(l => l.StartsWith("A/RES/67/225,A/RES/65/151,resolution,2010-12-20,", StringComparison.Ordinal)), Is.True);
        Assert.That(Directory.GetFiles(Work), Has.Length.EqualTo(1), "no temporary file is left");
    }

    [Test]
    public void A_file_that_cannot_be_read_is_reported_and_the_others_are_written()
    {
        Unres.Result result = Unres.Run(Work, ["cites", "missing.txt", Fixtures.OdsPath("A_RES_71_242"), "--out", "cites.jsonl"]);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stderr, Does.Contain("missing.txt"));
        Assert.That(File.ReadAllLines(Path.Combine(Work, "cites.jsonl")), Has.Length.GreaterThan(11));
    }
}
