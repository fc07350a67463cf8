using System.Runtime.CompilerServices;
using UnResolutions.Syntax.InternalSyntax;

namespace UnResolutions.Syntax;

/// <summary>
/// Rebuilds a tree bottom-up: override <see cref="Visit"/>, a node's <c>Visit…</c> method (generated for each node
/// class: <see cref="VisitRecital"/>, …), <see cref="VisitToken"/> or <see cref="VisitTrivia"/> to return replacements. Unchanged subtrees are returned as the same instances,
/// so an identity rewrite returns the input node. Returning <see langword="null"/> from <see cref="Visit"/>
/// removes a node from a list. Like <see cref="SyntaxWalker"/>, the rewriter checks its stack depth.
/// </summary>
public abstract partial class SyntaxRewriter
{
    private const int UncheckedDepth = 64;
    private int _depth;

    /// <summary>Creates a rewriter; with <paramref name="visitIntoTrivia"/> it also visits trivia.</summary>
    protected SyntaxRewriter(bool visitIntoTrivia = false) => VisitIntoTrivia = visitIntoTrivia;

    /// <summary>True when trivia are visited.</summary>
    protected bool VisitIntoTrivia { get; }

    /// <summary>Rewrites a node: by default, calls the <c>Visit…</c> method of its class, which rewrites its children and rebuilds it when one changed.</summary>
    public virtual SyntaxNode? Visit(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (++_depth > UncheckedDepth) { RuntimeHelpers.EnsureSufficientExecutionStack(); }
        try
        {
            return node.Accept(this);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>Rewrites a token: by default, its trivia when <see cref="VisitIntoTrivia"/> is set.</summary>
    public virtual SyntaxToken VisitToken(SyntaxToken token)
    {
        if (!VisitIntoTrivia || token.Green == null) { return token; }
        GreenTrivia[] leading = RewriteTrivia(token.LeadingTrivia, token.Green.LeadingTrivia);
        GreenTrivia[] trailing = RewriteTrivia(token.TrailingTrivia, token.Green.TrailingTrivia);
        if (ReferenceEquals(leading, token.Green.LeadingTrivia) && ReferenceEquals(trailing, token.Green.TrailingTrivia)) { return token; }
        return new SyntaxToken(null, token.Green.WithLeadingTrivia(leading).WithTrailingTrivia(trailing), 0, 0);
    }

    /// <summary>Rewrites a piece of trivia; by default returns it unchanged.</summary>
    public virtual SyntaxTrivia VisitTrivia(SyntaxTrivia trivia) => trivia;

    private GreenTrivia[] RewriteTrivia(SyntaxTriviaList list, GreenTrivia[] original)
    {
        GreenTrivia[]? result = null;
        int i = 0;
        foreach (SyntaxTrivia trivia in list)
        {
            GreenTrivia? rewritten = VisitTrivia(trivia).Green;
            if (!ReferenceEquals(rewritten, original[i]) && result == null) { result = original[..i]; }
            if (result != null && rewritten != null) { result = [.. result, rewritten]; }
            i++;
        }
        return result ?? original;
    }

    internal SyntaxNode VisitListNode(SyntaxNode list) => DefaultVisit(list);

    private SyntaxNode DefaultVisit(SyntaxNode node)
    {
        GreenNode green = node.Green;
        GreenNode?[]? slots = null;
        int position = node.Position;
        for (int i = 0; i < green.SlotCount; i++)
        {
            GreenNode? slot = green.GetSlot(i);
            GreenNode? rewritten = slot switch
            {
                null => null,
                GreenToken token => VisitToken(new SyntaxToken(node, token, position, i)).Green,
                _ => slot.IsList ? VisitList(node.GetRedSlot(i, position)!) : Visit(node.GetRedSlot(i, position)!)?.Green,
            };
            if (!ReferenceEquals(rewritten, slot) && slots == null)
            {
                slots = new GreenNode?[green.SlotCount];
                for (int j = 0; j < i; j++) { slots[j] = green.GetSlot(j); }
            }
            if (slots != null) { slots[i] = rewritten; }
            position += slot?.FullWidth ?? 0;
        }
        return slots == null ? node : SyntaxNode.CreateRed(GreenInnerNode.Create(green.Kind, slots, green.Diagnostics), null, 0, 0);
    }

    private GreenNode VisitList(SyntaxNode list)
    {
        GreenNode green = list.Green;
        List<GreenNode?>? items = null;
        int position = list.Position;
        for (int i = 0; i < green.SlotCount; i++)
        {
            GreenNode? slot = green.GetSlot(i);
            GreenNode? rewritten = slot switch
            {
                null => null,
                GreenToken token => VisitToken(new SyntaxToken(list, token, position, i)).Green,
                _ => Visit(list.GetRedSlot(i, position)!)?.Green,
            };
            if (!ReferenceEquals(rewritten, slot) && items == null)
            {
                items = new List<GreenNode?>(green.SlotCount);
                for (int j = 0; j < i; j++) { items.Add(green.GetSlot(j)); }
            }
            if (items != null && rewritten != null) { items.Add(rewritten); }
            position += slot?.FullWidth ?? 0;
        }
        return items == null ? green : GreenInnerNode.Create(SyntaxKind.List, items.ToArray());
    }
}
