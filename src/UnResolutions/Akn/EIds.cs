using System.Globalization;

namespace UnResolutions.Akn;

/// <summary>The eIds of one output file: each given once (a repeat gets <c>-2</c>, <c>-3</c> … appended to its last number).</summary>
internal sealed class EIds
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Add(string eId)
    {
        if (_used.Add(eId)) { return eId; }
        for (int k = 2; ; k++)
        {
            string candidate = eId + "-" + k.ToString(CultureInfo.InvariantCulture);
            if (_used.Add(candidate)) { return candidate; }
        }
    }
}
