namespace UnResolutions.Tests.Cli;

[TestFixture]
[Category("Cli")]
public class MandatesCommandTests : CliTestFixture
{
    [Test]
    public void Csv_lists_one_row_per_mandate_across_the_inputs()
    {
        Unres.Result result = Unres.Run(Work, ["mandates", Fixtures.OdsPath("A_RES_67_225"), Fixtures.OdsPath("A_RES_71_242"), "--format", "csv"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        string[] lines = result.StdoutText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("symbol,paragraph,part,subparagraph,verb,actor,action,report,targetSession,targetDate,frequency,subject,start,length,source"));
        Assert.That(lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(9))), Is.EqualTo(new[]
        {
            "A/RES/67/225,31,,,requests,Secretary-General,submit a report,true,69",
            "A/RES/71/242,41,,,requests,Secretary-General,submit a report,true,73",
            "A/RES/71/242,41,,,decides,General Assembly,include in the provisional agenda,false,73",
        }));
    }

    [Test]
    public void Json_lines_go_to_a_file_that_appears_once_complete()
    {
        Unres.Result result = Unres.Run(Work, ["mandates", Fixtures.OdsPath("A_RES_71_242"), "--out", "m.jsonl"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        string[] lines = File.ReadAllLines(Path.Combine(Work, "m.jsonl"));
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Does.StartWith("{\"symbol\":\"A/RES/71/242\",\"paragraph\":\"41\","));
        Assert.That(Directory.GetFiles(Work), Has.Length.EqualTo(1));
    }
}
