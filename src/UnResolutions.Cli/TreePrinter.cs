using System.Text;
using UnResolutions.Syntax;

namespace UnResolutions.Cli;

/// <summary>Prints a syntax tree as an indented outline: kind, span, and a short quote of the text.</summary>
internal static class TreePrinter
{
    private const int QuoteLength = 48;

    public static void Print(SyntaxNode root, TextWriter output)
    {
        var stack = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            (SyntaxNodeOrToken item, int depth) = stack.Pop();
            string indent = new(' ', depth * 2);
            if (item.AsNode() is { } node)
            {
                output.WriteLine($"{indent}{node.Kind} {node.Span} {Quote(node.ToString())}");
                foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens().Reverse()) { stack.Push((child, depth + 1)); }
            }
            else
            {
                SyntaxToken token = item.AsToken();
                output.WriteLine($"{indent}{token.Kind} {token.Span} {Quote(token.Text)}");
                foreach (SyntaxTrivia trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
                {
                    if (trivia.Kind == SyntaxKind.SkippedTextTrivia) { output.WriteLine($"{indent}  {trivia.Kind} {trivia.Span} {Quote(trivia.ToString())}"); }
                }
            }
        }
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text.Length > QuoteLength ? text[..QuoteLength] : text)
        {
            builder.Append(c switch { '\t' => "\\t", '\n' => "\\n", '\r' => "\\r", '"' => "\\\"", _ => c.ToString() });
        }
        builder.Append(text.Length > QuoteLength ? "…\"" : "\"");
        return builder.ToString();
    }
}
