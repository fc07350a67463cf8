namespace UnResolutions.Fuzz;

/// <summary>
/// Shrinks a failing input while it fails with the same signature: whole lines first, then characters, each by
/// removing chunks that halve down to single units (delta debugging), within a budget of checks.
/// </summary>
public sealed class Minimizer
{
    private readonly string _signature;
    private int _budget;

    private Minimizer(string signature, int budget) => (_signature, _budget) = (signature, budget);

    /// <summary>The smallest input found that still fails with <paramref name="signature"/>.</summary>
    public static string Minimize(string input, string signature, int budget = 4000)
    {
        var minimizer = new Minimizer(signature, budget);
        string[] lines = minimizer.Shrink(Mutator.SplitKeepingEnds(input), string.Concat);
        return new string(minimizer.Shrink(string.Concat(lines).ToCharArray(), units => new string(units)));
    }

    private T[] Shrink<T>(T[] units, Func<T[], string> text)
    {
        for (int chunk = Math.Max(1, units.Length / 2); chunk >= 1 && _budget > 0; chunk /= 2)
        {
            for (int start = 0; start < units.Length && _budget > 0;)
            {
                int length = Math.Min(chunk, units.Length - start);
                T[] candidate = [.. units.AsSpan(0, start), .. units.AsSpan(start + length)];
                _budget--;
                if (Pipeline.Check(text(candidate))?.Signature == _signature) { units = candidate; }
                else { start += length; }
            }
        }
        return units;
    }
}
