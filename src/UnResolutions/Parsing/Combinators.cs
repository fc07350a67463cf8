using Sprache;

namespace UnResolutions.Parsing;

/// <summary>
/// <c>SelectMany</c>, <c>Select</c> and <c>Or</c> for Sprache's <see cref="Parser{T}"/>, found before Sprache's own
/// by the code of this namespace (extension methods of the enclosing namespace win over imported ones). They mean
/// exactly what Sprache's mean: run the first parser, then the next on its remainder (or, for <c>Or</c>, on the same
/// input when the first fails), and combine.
/// PERF: Sprache builds <c>SelectMany</c> from <c>Then</c> and <c>Return</c>, which allocate closures and parsers at
/// every call (about 500 bytes per step, measured here), and its <c>Or</c> a closure at every failed alternative;
/// these allocate only the results.
/// </summary>
internal static class Combinators
{
    public static Parser<V> SelectMany<T, U, V>(this Parser<T> parser, Func<T, Parser<U>> selector, Func<T, U, V> projector)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(projector);
        return input =>
        {
            IResult<T> first = parser(input);
            if (!first.WasSuccessful) { return Result.Failure<V>(first.Remainder, first.Message, first.Expectations); }
            IResult<U> second = selector(first.Value)(first.Remainder);
            return second.WasSuccessful
                ? Result.Success(projector(first.Value, second.Value), second.Remainder)
                : Result.Failure<V>(second.Remainder, second.Message, second.Expectations);
        };
    }

    public static Parser<U> Select<T, U>(this Parser<T> parser, Func<T, U> convert)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(convert);
        return input =>
        {
            IResult<T> result = parser(input);
            return result.WasSuccessful
                ? Result.Success(convert(result.Value), result.Remainder)
                : Result.Failure<U>(result.Remainder, result.Message, result.Expectations);
        };
    }

    public static Parser<T> Or<T>(this Parser<T> first, Parser<T> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return input =>
        {
            IResult<T> fr = first(input);
            if (fr.WasSuccessful && !fr.Remainder.Equals(input)) { return fr; }
            IResult<T> sr = second(input);
            if (sr.WasSuccessful) { return sr; }
            // A first success that consumed nothing stands when the second fails; of two failures, the one that got
            // further, as Sprache's DetermineBestError picks it.
            return fr.WasSuccessful ? fr : BestError(fr, sr);
        };
    }

    private static IResult<T> BestError<T>(IResult<T> first, IResult<T> second)
    {
        int a = first.Remainder.Position, b = second.Remainder.Position;
        if (b > a) { return second; }
        if (b < a) { return first; }
        // Same place: Sprache merges the expectations; when the second has none, that is the first as it is.
        return second.Expectations.Any()
            ? Result.Failure<T>(first.Remainder, first.Message, first.Expectations.Union(second.Expectations))
            : first;
    }
}
