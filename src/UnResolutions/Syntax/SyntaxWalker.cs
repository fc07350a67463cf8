using System.Runtime.CompilerServices;

namespace UnResolutions.Syntax;

/// <summary>How deep a <see cref="SyntaxWalker"/> goes.</summary>
public enum SyntaxWalkerDepth
{
    /// <summary>Nodes only.</summary>
    Node,
    /// <summary>Nodes and tokens.</summary>
    Token,
    /// <summary>Nodes, tokens and trivia.</summary>
    Trivia,
}

/// <summary>
/// Visits a tree in document order. Override <see cref="Visit"/>, a node's <c>Visit…</c> method (generated for each
/// node class: <see cref="VisitRecital"/>, …), <see cref="VisitToken"/> or <see cref="VisitTrivia"/>. The walk recurses, but checks the stack: a tree too deep for the thread
/// raises <see cref="InsufficientExecutionStackException"/>, which can be caught, instead of crashing the process.
/// </summary>
public abstract partial class SyntaxWalker
{
    private const int UncheckedDepth = 64;
    private int _depth;

    /// <summary>Creates a walker that goes down to <paramref name="depth"/>.</summary>
    protected SyntaxWalker(SyntaxWalkerDepth depth = SyntaxWalkerDepth.Node) => Depth = depth;

    /// <summary>How deep the walk goes.</summary>
    protected SyntaxWalkerDepth Depth { get; }

    /// <summary>Visits a node: by default, calls the <c>Visit…</c> method of its class, which visits its children.</summary>
    public virtual void Visit(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (++_depth > UncheckedDepth) { RuntimeHelpers.EnsureSufficientExecutionStack(); }
        try
        {
            node.Accept(this);
        }
        finally
        {
            _depth--;
        }
    }

    internal void VisitListNode(SyntaxNode list) => DefaultVisit(list);

    /// <summary>Visits the children of <paramref name="node"/>.</summary>
    protected virtual void DefaultVisit(SyntaxNode node)
    {
        foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode) { Visit(childNode); }
            else if (Depth >= SyntaxWalkerDepth.Token) { VisitToken(child.AsToken()); }
        }
    }

    /// <summary>Visits a token and, at <see cref="SyntaxWalkerDepth.Trivia"/> depth, its trivia.</summary>
    public virtual void VisitToken(SyntaxToken token)
    {
        if (Depth < SyntaxWalkerDepth.Trivia) { return; }
        foreach (SyntaxTrivia trivia in token.LeadingTrivia) { VisitTrivia(trivia); }
        foreach (SyntaxTrivia trivia in token.TrailingTrivia) { VisitTrivia(trivia); }
    }

    /// <summary>Visits a piece of trivia.</summary>
    public virtual void VisitTrivia(SyntaxTrivia trivia)
    {
    }
}
