using System.Text;

namespace UnResolutions.Fuzz;

/// <summary>
/// Makes one input from the seed corpus: a slice or the whole of a seed (or a generated document, or random text) with
/// one to five mutations. Every choice comes from the given <see cref="Random"/>, so an input is a function of the seed
/// of the run and its index.
/// </summary>
public sealed class Mutator(IReadOnlyList<string> seeds)
{
    private readonly string[][] _seedLines = seeds.Select(SplitKeepingEnds).ToArray();

    /// <summary>The number of mutation kinds (<see cref="Mutate"/>'s switch).</summary>
    public const int Kinds = 19;

    /// <summary>The input number <paramref name="index"/> of the run with seed <paramref name="seed"/>.</summary>
    public string Make(int seed, long index)
    {
        var random = new Random(Mix(seed, index));
        int what = random.Next(100);
        List<string> lines;
        if (what < 5) { return RandomText(random, random.Next(400)); }
        if (what < 20 || _seedLines.Length == 0) { lines = SplitKeepingEnds(DocumentGenerator.Generate(random)).ToList(); }
        else
        {
            string[] source = _seedLines[random.Next(_seedLines.Length)];
            if (what == 20 && random.Next(4) == 0) { lines = [.. source]; }   // a whole export, rarely: they are 20-200 KB
            else
            {
                // A slice: small inputs keep a million of them within the hour; the head is where the header is read.
                int start = random.Next(3) == 0 ? 0 : random.Next(source.Length);
                int count = 1 + random.Next(Math.Min(random.Next(4) == 0 ? 40 : 8, source.Length - start));
                lines = source.Skip(start).Take(count).ToList();
            }
        }
        int mutations = random.Next(6);
        for (int i = 0; i < mutations; i++) { Mutate(lines, random); }
        return string.Concat(lines);
    }

    /// <summary>One mutation of <paramref name="lines"/> (each line with its line break).</summary>
    private void Mutate(List<string> lines, Random r)
    {
        if (lines.Count == 0) { lines.Add(""); }
        int at = r.Next(lines.Count);
        string line = lines[at];
        switch (r.Next(Kinds))
        {
            case 0: // a flipped bit of one UTF-16 unit: any character, lone surrogates and controls included
                if (line.Length > 0) { int i = r.Next(line.Length); lines[at] = Replace(line, i, 1, ((char)(line[i] ^ (1 << r.Next(16)))).ToString()); }
                break;
            case 1: // a character of the alphabet the grammar reads
                lines[at] = Replace(line, r.Next(line.Length + 1), 0, Hostile.Alphabet[r.Next(Hostile.Alphabet.Length)].ToString());
                break;
            case 2: // a duplicated line, once or many times
                lines.InsertRange(at, Enumerable.Repeat(line, r.Next(8) == 0 ? 1 + r.Next(100) : 1));
                break;
            case 3: // deleted lines
                lines.RemoveRange(at, Math.Min(lines.Count - at, 1 + r.Next(4)));
                break;
            case 4: // swapped or shuffled lines
                {
                    int other = r.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                }
            case 5: // digits glued to a word, as footnote references are, or a space between a word and digits removed
                {
                    int space = line.IndexOf(' ', r.Next(line.Length + 1));
                    lines[at] = r.Next(3) == 0 && space >= 0 ? Replace(line, space, 1, "")
                        : Replace(line, r.Next(line.Length + 1), 0, Digits(r, r.Next(3) == 0 ? 1 + r.Next(20) : 1 + r.Next(3)));
                    break;
                }
            case 6: // tabs: for a space, at the start, doubled
                {
                    int space = line.IndexOf(' ', r.Next(line.Length + 1));
                    lines[at] = r.Next(2) == 0 && space >= 0 ? Replace(line, space, 1, "\t") : new string('\t', 1 + r.Next(3)) + line;
                    break;
                }
            case 7: // a label at the start of a line
                lines[at] = Hostile.Labels[r.Next(Hostile.Labels.Length)] + (r.Next(3) == 0 ? line.TrimStart('\t') : line);
                break;
            case 8: // an ODS marker or header line
                lines.Insert(at, Hostile.Markers[r.Next(Hostile.Markers.Length)] + Hostile.LineEnds[r.Next(2)]);
                break;
            case 9: // line endings: CR, LF, CRLF and the Unicode separators mixed
                {
                    string body = line.TrimEnd('\r', '\n');
                    lines[at] = body + Hostile.LineEnds[r.Next(Hostile.LineEnds.Length)];
                    break;
                }
            case 10: // NUL and other C0 controls
                lines[at] = Replace(line, r.Next(line.Length + 1), 0, ((char)(r.Next(4) == 0 ? r.Next(32) : 0)).ToString());
                break;
            case 11: // a lone or reversed surrogate
                lines[at] = Replace(line, r.Next(line.Length + 1), 0, r.Next(3) switch { 0 => "\uD83D", 1 => "\uDC00", _ => "\uDE00\uD83D" });
                break;
            case 12: // a Unicode space or line separator: for a space, inserted, or a whole line of them
                {
                    string space = Hostile.Spaces[r.Next(Hostile.Spaces.Length)];
                    int i = line.IndexOf(' ', r.Next(line.Length + 1));
                    lines[at] = r.Next(3) switch
                    {
                        0 when i >= 0 => Replace(line, i, 1, space),
                        1 => string.Concat(Enumerable.Repeat(space, 1 + r.Next(5))) + "\n",
                        _ => Replace(line, r.Next(line.Length + 1), 0, space),
                    };
                    break;
                }
            case 13: // a very long word: letters, digits, or a symbol that never ends
                {
                    int length = r.Next(8) == 0 ? r.Next(20_000) : r.Next(500);
                    string unit = r.Next(4) switch { 0 => "a", 1 => "7", 2 => "ES", _ => "A/71/" };
                    var word = new StringBuilder(length + 8);
                    while (word.Length < length) { word.Append(unit); }
                    lines[at] = Replace(line, r.Next(line.Length + 1), 0, word.ToString());
                    break;
                }
            case 14: // truncated
                lines[at] = line[..r.Next(line.Length + 1)];
                lines.RemoveRange(at + 1, r.Next(2) == 0 ? lines.Count - at - 1 : 0);
                break;
            case 15: // lines of another seed spliced in
                if (_seedLines.Length > 0)
                {
                    string[] other = _seedLines[r.Next(_seedLines.Length)];
                    int start = r.Next(other.Length);
                    lines.InsertRange(at, other.Skip(start).Take(1 + r.Next(20)));
                }
                break;
            case 16: // a byte-order mark, at the start or inside
                if (r.Next(2) == 0) { lines[0] = "\uFEFF" + lines[0]; } else { lines[at] = Replace(line, r.Next(line.Length + 1), 0, "\uFEFF"); }
                break;
            case 17: // a range of characters deleted
                if (line.Length > 0) { int i = r.Next(line.Length); lines[at] = Replace(line, i, r.Next(line.Length - i + 1), ""); }
                break;
            default: // a word of the domain inserted
                lines[at] = Replace(line, r.Next(line.Length + 1), 0, Hostile.Words[r.Next(Hostile.Words.Length)] + (r.Next(2) == 0 ? " " : ""));
                break;
        }
    }

    private static string Replace(string s, int at, int length, string with) => string.Concat(s.AsSpan(0, at), with, s.AsSpan(at + length));

    private static string Digits(Random r, int n)
    {
        var b = new StringBuilder(n);
        for (int i = 0; i < n; i++) { b.Append((char)('0' + r.Next(10))); }
        return b.ToString();
    }

    /// <summary>Random characters of <see cref="Hostile.Alphabet"/> and, rarely, any UTF-16 unit.</summary>
    public static string RandomText(Random r, int length)
    {
        var b = new StringBuilder(length);
        for (int i = 0; i < length; i++) { b.Append(r.Next(20) == 0 ? (char)r.Next(0x10000) : Hostile.Alphabet[r.Next(Hostile.Alphabet.Length)]); }
        return b.ToString();
    }

    /// <summary>The lines of <paramref name="text"/>, each with its line break (<c>\r\n</c>, <c>\n</c> or <c>\r</c>).</summary>
    public static string[] SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length) { lines.Add(text[start..]); }
        return [.. lines];
    }

    /// <summary>A 32-bit seed for input <paramref name="index"/> of run <paramref name="seed"/> (SplitMix64's finalizer):
    /// the same on every machine and every run, unlike <see cref="HashCode"/>.</summary>
    public static int Mix(int seed, long index)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)index) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }
}
