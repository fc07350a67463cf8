using System.Buffers;

namespace UnResolutions.Akn;

/// <summary>
/// An eId of the file being written (or the path of an owner that is none, such as <c>preface</c>): a range of its
/// <see cref="EIds"/>' buffer and the hash of that text. A value, so that building one allocates nothing.
/// </summary>
internal readonly struct EId(int start, int length, ulong hash)
{
    /// <summary>The empty path: a child of it has no <c>__</c> before its name (<c>para_1</c>).</summary>
    public static EId Root => default;

    public int Start { get; } = start;

    public int Length { get; } = length;

    /// <summary>The hash of the text, folded from the root a character at a time, so a child's continues its parent's.</summary>
    public ulong Hash { get; } = hash;
}

/// <summary>
/// The eIds of one output file: each given once (a repeat gets <c>-2</c>, <c>-3</c> … appended, as a set of the strings
/// would give it). PERF: the texts live in one buffer and the set is an open-addressing table over it, so that an eId
/// costs no string: it is built from its parent's text and hash, written from the buffer, and compared only when its
/// hash matches another's. One instance per thread is reused (<see cref="Rent"/>).
/// </summary>
internal sealed class EIds
{
    /// <summary>The hash's multiplier, odd and drawn per process, so that no input can be made to collide on purpose.</summary>
    private static readonly ulong Multiplier = (ulong)Random.Shared.NextInt64() | 1;

    [ThreadStatic] private static EIds? s_cached;

    private char[] _chars = ArrayPool<char>.Shared.Rent(4096);
    private int _used;
    /// <summary>The set: eIds by hash; an entry of length 0 is free.</summary>
    private EId[] _table = new EId[256];
    private int _count;

    /// <summary>The thread's instance, empty (a new one if it is in use).</summary>
    public static EIds Rent()
    {
        EIds eIds = s_cached ?? new EIds();
        s_cached = null;
        return eIds;
    }

    /// <summary>Empties the instance and keeps it for the thread's next file.</summary>
    public static void Return(EIds eIds)
    {
        eIds._used = 0;
        if (eIds._count > 0)
        {
            Array.Clear(eIds._table);
            eIds._count = 0;
        }
        s_cached = eIds;
    }

    /// <summary>The text of an eId or path.</summary>
    public ReadOnlySpan<char> Text(EId id) => _chars.AsSpan(id.Start, id.Length);

    /// <summary>The unique eId <c>parent__name</c> (<c>name</c> under the root).</summary>
    public EId Add(EId parent, string name) => Unique(Compose(parent, name, default));

    /// <summary>The unique eId <c>parent__name</c> followed by a number written as text (<c>point_a</c>).</summary>
    public EId Add(EId parent, string name, ReadOnlySpan<char> number) => Unique(Compose(parent, name, number));

    /// <summary>The unique eId <c>parent__name</c> followed by a number (<c>para_3</c>).</summary>
    public EId Add(EId parent, string name, int number)
    {
        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out int n, provider: System.Globalization.CultureInfo.InvariantCulture);
        return Unique(Compose(parent, name, digits[..n]));
    }

    /// <summary>A path that is not an element's eId, not registered (the owner <c>preface</c> of the title's notes).</summary>
    public EId Path(EId parent, string name) => Compose(parent, name, default);

    /// <summary>Writes <c>parent__name number</c> at the end of the buffer.</summary>
    private EId Compose(EId parent, string name, ReadOnlySpan<char> number)
    {
        int length = parent.Length + (parent.Length > 0 ? 2 : 0) + name.Length + number.Length;
        Reserve(length + 12);
        int start = _used;
        Span<char> to = _chars.AsSpan(start, length);
        _chars.AsSpan(parent.Start, parent.Length).CopyTo(to);
        int at = parent.Length;
        if (parent.Length > 0)
        {
            to[at++] = '_';
            to[at++] = '_';
        }
        name.CopyTo(to[at..]);
        number.CopyTo(to[(at + name.Length)..]);
        _used += length;
        return new EId(start, length, Fold(parent.Hash, to[parent.Length..]));
    }

    /// <summary>The eId just composed, or, when it was given before, the first of it with <c>-2</c>, <c>-3</c> … that was not.</summary>
    private EId Unique(EId id)
    {
        if (TryInsert(id)) { return id; }
        Span<char> suffix = stackalloc char[12];
        for (int k = 2; ; k++)
        {
            suffix[0] = '-';
            k.TryFormat(suffix[1..], out int n, provider: System.Globalization.CultureInfo.InvariantCulture);
            // The candidate replaces the last one at the end of the buffer, after the eId's own text.
            Reserve(n + 1);
            _used = id.Start + id.Length;
            suffix[..(n + 1)].CopyTo(_chars.AsSpan(_used));
            _used += n + 1;
            var candidate = new EId(id.Start, id.Length + n + 1, Fold(id.Hash, suffix[..(n + 1)]));
            if (TryInsert(candidate)) { return candidate; }
        }
    }

    private bool TryInsert(EId id)
    {
        if (_count * 2 >= _table.Length) { Grow(); }
        int mask = _table.Length - 1;
        ReadOnlySpan<char> text = Text(id);
        for (int i = Slot(id.Hash, mask); ; i = (i + 1) & mask)
        {
            ref EId entry = ref _table[i];
            if (entry.Length == 0)
            {
                entry = id;
                _count++;
                return true;
            }
            if (entry.Hash == id.Hash && entry.Length == id.Length && Text(entry).SequenceEqual(text)) { return false; }
        }
    }

    private void Grow()
    {
        EId[] old = _table;
        _table = new EId[old.Length * 2];
        int mask = _table.Length - 1;
        foreach (EId entry in old)
        {
            if (entry.Length == 0) { continue; }
            int i = Slot(entry.Hash, mask);
            while (_table[i].Length != 0) { i = (i + 1) & mask; }
            _table[i] = entry;
        }
    }

    private static int Slot(ulong hash, int mask) => (int)(hash >> 32 ^ hash) & mask;

    private static ulong Fold(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text) { hash = (hash ^ c) * Multiplier; }
        return hash;
    }

    private void Reserve(int more)
    {
        if (_used + more <= _chars.Length) { return; }
        char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _used + more));
        _chars.AsSpan(0, _used).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
