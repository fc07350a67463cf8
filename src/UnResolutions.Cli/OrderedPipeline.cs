using System.Threading.Tasks.Dataflow;

namespace UnResolutions.Cli;

/// <summary>
/// Runs <c>work</c> on items 0..count-1 on <c>jobs</c> threads and hands the results to <c>consume</c> on the caller,
/// one at a time, in item order, whatever order they finish in. Memory stays bounded: at most <c>window</c> items are
/// being worked on or waiting to be consumed, so a slow consumer (or a slow early item) holds the workers back
/// instead of piling up results.
/// </summary>
/// <remarks>
/// A System.Threading.Tasks.Dataflow <see cref="TransformBlock{TInput, TOutput}"/> (part of .NET, no package) does
/// the parallel, ordered and bounded part: <c>EnsureOrdered</c>, <c>MaxDegreeOfParallelism</c>, <c>BoundedCapacity</c>.
/// Ordered PLINQ (<c>AsOrdered</c>) was not taken: its buffering is not bounded by a number of items, and it cannot
/// stop at the consumer's word without a cancellation exception.
/// </remarks>
internal static class OrderedPipeline
{
    /// <summary>The number of items that may be in flight for <paramref name="jobs"/> workers.</summary>
    public static int DefaultWindow(int jobs) => Math.Max(16, jobs * 4);

    /// <summary>
    /// Runs the pipeline. Returns <see langword="true"/> when every item was consumed, <see langword="false"/> when
    /// <paramref name="consume"/> asked to stop by returning <see langword="false"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<bool> RunAsync<TResult>(
        int count,
        int jobs,
        Func<int, CancellationToken, TResult> work,
        Func<int, TResult, bool> consume,
        CancellationToken cancellationToken,
        int? window = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        if (count == 0) { return true; }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var block = new TransformBlock<int, TResult>(
            index => work(index, stop.Token),
            new ExecutionDataflowBlockOptions
            {
                MaxDegreeOfParallelism = jobs,
                EnsureOrdered = true,
                // The block holds items queued, being worked on and done; the one the consumer holds is the last of the window.
                BoundedCapacity = Math.Max(1, (window ?? DefaultWindow(jobs)) - 1),
                SingleProducerConstrained = true,
                CancellationToken = stop.Token,
            });

        async Task Produce()
        {
            for (int i = 0; i < count; i++)
            {
                // False once the block is cancelled or faulted: nothing more is wanted.
                if (!await block.SendAsync(i, stop.Token).ConfigureAwait(false)) { return; }
            }
            block.Complete();
        }

        Task producer = Task.Run(Produce, CancellationToken.None);
        int expected = 0;
        try
        {
            while (expected < count && await block.OutputAvailableAsync(stop.Token).ConfigureAwait(false))
            {
                while (expected < count && block.TryReceive(out TResult? result))
                {
                    if (!consume(expected, result)) { return false; }
                    expected++;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The block faulted and stopped: its exception, rethrown below, is the one to report.
        }
        finally
        {
            if (expected < count) { stop.Cancel(); }
            try { await producer.ConfigureAwait(false); }
            catch (OperationCanceledException) { }
            // No work goes on after the return: the items being worked on finish (or see the token) first.
            try { await block.Completion.ConfigureAwait(false); }
            catch (Exception) when (block.Completion.IsCompleted) { }   // its fault, if any, is rethrown below
        }
        cancellationToken.ThrowIfCancellationRequested();
        // A work item's exception faults the block: it surfaces here, as it was thrown.
        if (block.Completion.IsFaulted) { await block.Completion.ConfigureAwait(false); }
        return expected == count ? true : throw new InvalidOperationException("The pipeline ended before every item was consumed.");
    }
}
