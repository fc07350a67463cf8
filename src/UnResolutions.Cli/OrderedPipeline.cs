using System.Threading.Channels;

namespace UnResolutions.Cli;

/// <summary>
/// Runs <c>work</c> on items 0..count-1 on <c>jobs</c> threads and hands the results to <c>consume</c> on the caller,
/// one at a time, in item order, whatever order they finish in. Memory stays bounded: at most <c>window</c> items are
/// being worked on or waiting to be consumed, so a slow consumer (or a slow early item) holds the workers back
/// instead of piling up results.
/// </summary>
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
        int slotsCount = Math.Max(1, window ?? DefaultWindow(jobs));
        using var slots = new SemaphoreSlim(slotsCount, slotsCount);
        var results = Channel.CreateUnbounded<(int Index, TResult Result)>(new UnboundedChannelOptions { SingleReader = true });
        int next = -1;

        void Worker()
        {
            try
            {
                while (true)
                {
                    slots.Wait(stop.Token);
                    int index = Interlocked.Increment(ref next);
                    if (index >= count) { slots.Release(); return; }
                    TResult result = work(index, stop.Token);
                    results.Writer.TryWrite((index, result));
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch
            {
                stop.Cancel();   // the others would otherwise wait for slots that are never released
                throw;
            }
        }

        Task[] workers = Enumerable.Range(0, Math.Min(jobs, count))
            .Select(_ => Task.Factory.StartNew(Worker, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        Task allDone = Task.WhenAll(workers).ContinueWith(
            t => results.Writer.TryComplete(t.Exception?.InnerException),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        var waiting = new Dictionary<int, TResult>();
        int expected = 0;
        bool completed = false;
        try
        {
            await foreach ((int index, TResult result) in results.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                waiting.Add(index, result);
                while (waiting.Remove(expected, out TResult? ready))
                {
                    if (!consume(expected, ready!)) { return false; }
                    expected++;
                    slots.Release();
                }
                if (expected == count) { completed = true; break; }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A worker failed and stopped the others: its exception, rethrown below, is the one to report.
        }
        finally
        {
            if (!completed) { stop.Cancel(); }
            await allDone.ConfigureAwait(false);
        }
        await Task.WhenAll(workers).ConfigureAwait(false);   // a worker's exception surfaces here
        cancellationToken.ThrowIfCancellationRequested();
        return expected == count ? true : throw new InvalidOperationException("The pipeline ended before every item was consumed.");
    }
}
