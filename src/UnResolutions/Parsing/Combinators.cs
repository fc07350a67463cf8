using Sprache;

namespace UnResolutions.Parsing;

/// <summary>
/// <c>SelectMany</c> and <c>Select</c> for Sprache's <see cref="Parser{T}"/>, found before Sprache's own by the
/// query expressions of this namespace (extension methods of the enclosing namespace win over imported ones).
/// They mean exactly what Sprache's mean: run the first parser, then the next on its remainder, and combine.
/// PERF: Sprache builds them from <c>Then</c> and <c>Return</c>, which allocate closures and parsers at every call
/// (about 500 bytes per step, measured here); these allocate only the results.
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
}
