using Microsoft.Playwright;
using UnResolutions.Tools.Diff;

namespace UnResolutions.Tests.Tools;

/// <summary>
/// The HTML page of <c>unres diff</c> in a real browser: headless Chromium (Debian's <c>chromium</c>, or the one at
/// <c>UNRES_CHROMIUM</c>) driven by Playwright, asserting on the rendered page. Not in the default run (it needs the
/// browser): <c>dotnet test --filter Category=Browser</c>. With <c>UNRES_UPDATE_SCREENSHOT=1</c> it also writes the
/// README's screenshot, docs/images/diff-67-225-71-242.png.
/// </summary>
[TestFixture]
[Explicit("needs Chromium: dotnet test --filter Category=Browser")]
[Category("Browser")]
[NonParallelizable]
public class DiffHtmlBrowserTests
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _page = null!;

    private static string Chromium() =>
        Environment.GetEnvironmentVariable("UNRES_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    [OneTimeSetUp]
    public async Task Start()
    {
        if (!File.Exists(Chromium())) { Assert.Ignore($"no Chromium at {Chromium()} (apt-get install chromium, or set UNRES_CHROMIUM)"); }
        ResolutionComparison diff = ResolutionDiff.Compare(ToolFixtures.Document("A_RES_67_225"), ToolFixtures.Document("A_RES_71_242"));
        _page = Path.Combine(Path.GetTempPath(), $"unres-diff-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(_page, DiffHtml.Render(diff));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium(), Headless = true, Args = ["--no-sandbox"] });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_browser != null) { await _browser.CloseAsync(); }
        _playwright?.Dispose();
        if (_page != null && File.Exists(_page)) { File.Delete(_page); }
    }

    private async Task<(IPage Page, List<string> Requests)> Open()
    {
        IPage page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(_page).AbsoluteUri);
        return (page, requests);
    }

    [Test]
    public async Task The_page_shows_the_summary_and_both_versions_side_by_side_with_nothing_fetched()
    {
        var (page, requests) = await Open();
        Assert.That(await page.TitleAsync(), Is.EqualTo("A/RES/67/225 → A/RES/71/242"));
        string summary = await page.Locator("#summary").InnerTextAsync();
        Assert.That(summary, Does.Contain("Recitals: 19 added, 10 removed, 3 edited, 0 unchanged"));
        Assert.That(summary, Does.Contain("Operative paragraphs: 22 added, 12 removed, 18 edited, 1 unchanged"));
        Assert.That(summary, Does.Contain("Lead phrases changed: 5"));
        // 22 + 10 recital rows, 41 + 12 operative rows, each with an old and a new cell.
        Assert.That(await page.Locator("table tr:has(td)").CountAsync(), Is.EqualTo(32 + 53));
        Assert.That(requests, Has.Count.EqualTo(1), "only the page itself: no external asset");

        // Old and new stand side by side: the two cells of a row start at the same height, the new one to the right.
        ILocator oldCell = page.Locator("#old-o31"), newCell = page.Locator("#new-o41");
        LocatorBoundingBoxResult a = (await oldCell.BoundingBoxAsync())!, b = (await newCell.BoundingBoxAsync())!;
        Assert.That(b.Y, Is.EqualTo(a.Y).Within(1));
        Assert.That(b.X, Is.GreaterThan(a.X + a.Width - 1));
        Assert.That(await oldCell.Locator("del").First.InnerTextAsync(), Is.EqualTo("sixty-ninth"));
        Assert.That(await newCell.Locator("ins").First.InnerTextAsync(), Is.EqualTo("seventy-third"));
        string insColour = await newCell.Locator("ins").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.That(insColour, Is.Not.EqualTo("rgba(0, 0, 0, 0)"), "insertions are highlighted");
    }

    [Test]
    public async Task A_paragraph_number_links_to_its_pair()
    {
        var (page, _) = await Open();
        await page.Locator("#old-o31 a.num").ClickAsync();
        Assert.That(page.Url, Does.EndWith("#new-o41"));
        Assert.That(await page.Locator("#new-o41").IsVisibleAsync(), Is.True);
        Assert.That(await page.EvaluateAsync<bool>("() => { const r = document.getElementById('new-o41').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"), Is.True);
        Assert.That(await page.Locator("#new-o41 .tag").AllInnerTextsAsync(), Does.Contain("was 31"));
    }

    [Test]
    public async Task Screenshot_for_the_readme()
    {
        var (page, _) = await Open();
        byte[] png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false });
        Assert.That(png, Has.Length.GreaterThan(10_000));
        if (Environment.GetEnvironmentVariable("UNRES_UPDATE_SCREENSHOT") == "1")
        {
            string target = Path.Combine(Fixtures.RepositoryRoot, "docs", "images", "diff-67-225-71-242.png");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, png);
        }
    }
}
