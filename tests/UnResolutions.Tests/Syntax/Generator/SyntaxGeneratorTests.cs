namespace UnResolutions.Tests.Syntax.Generator;

/// <summary>The committed generated syntax code is what <see cref="SyntaxGenerator"/> writes from Syntax.xml.</summary>
[TestFixture]
public class SyntaxGeneratorTests
{
    [Test]
    public void Generated_syntax_is_current()
    {
        string declaration = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, SyntaxGenerator.DeclarationPath));
        bool update = Environment.GetEnvironmentVariable("UNRES_UPDATE_GOLDEN") == "1";
        Assert.Multiple(() =>
        {
            foreach ((string path, string text) in SyntaxGenerator.Generate(declaration))
            {
                string full = Path.Combine(Fixtures.RepositoryRoot, path);
                if (update)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllText(full, text);
                }
                Assert.That(File.Exists(full) ? File.ReadAllText(full).ReplaceLineEndings("\n") : null, Is.EqualTo(text),
                    $"{path} is stale: run 'UNRES_UPDATE_GOLDEN=1 dotnet test --filter Generated_syntax_is_current' and commit it");
            }
        });
    }
}
