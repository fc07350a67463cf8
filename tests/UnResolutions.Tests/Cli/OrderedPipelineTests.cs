using UnResolutions.Cli;

namespace UnResolutions.Tests.Cli;

/// <summary>The ordered pipeline behind <c>unres convert</c> and <c>check</c>: order, bounded memory, stopping.</summary>
[TestFixture]
[Category("Cli")]
public class OrderedPipelineTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    [TestCase(8)]
    public async Task Results_are_consumed_in_item_order_whatever_order_they_finish_in(int jobs)
    {
        var consumed = new List<int>();
        bool completed = await OrderedPipeline.RunAsync(
            300,
            jobs,
            (i, _) => { Thread.Sleep((i * 7919) % 4); return i * 10; },   // uneven durations
            (i, result) => { Assert.That(result, Is.EqualTo(i * 10)); consumed.Add(i); return true; },
            CancellationToken.None).WaitAsync(Limit);

        Assert.That(completed, Is.True);
        Assert.That(consumed, Is.EqualTo(Enumerable.Range(0, 300)));
    }

    [Test]
    public async Task No_more_than_the_window_is_in_flight_with_a_slow_consumer()
    {
        const int window = 8;
        int started = 0, consumed = 0, maxInFlight = 0;
        await OrderedPipeline.RunAsync(
            200,
            4,
            (i, _) =>
            {
                int inFlight = Interlocked.Increment(ref started) - Volatile.Read(ref consumed);
                int seen;
                while ((seen = Volatile.Read(ref maxInFlight)) < inFlight && Interlocked.CompareExchange(ref maxInFlight, inFlight, seen) != seen) { }
                return i;
            },
            (_, _) => { Thread.Sleep(1); Interlocked.Increment(ref consumed); return true; },
            CancellationToken.None,
            window).WaitAsync(Limit);

        Assert.That(consumed, Is.EqualTo(200));
        Assert.That(maxInFlight, Is.LessThanOrEqualTo(window));
    }

    [Test]
    public async Task A_consumer_that_returns_false_stops_the_pipeline()
    {
        int started = 0;
        var consumed = new List<int>();
        bool completed = await OrderedPipeline.RunAsync(
            10_000,
            2,
            (i, _) => { Interlocked.Increment(ref started); return i; },
            (i, _) => { consumed.Add(i); return i < 10; },
            CancellationToken.None,
            window: 16).WaitAsync(Limit);

        Assert.That(completed, Is.False);
        Assert.That(consumed, Is.EqualTo(Enumerable.Range(0, 11)));
        Assert.That(started, Is.LessThanOrEqualTo(11 + 16), "the workers stop too");
    }

    [Test]
    public void Cancellation_stops_the_pipeline_with_OperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        int consumed = 0;
        Assert.That(async () => await OrderedPipeline.RunAsync(
            1_000_000,
            2,
            (i, _) => i,
            (i, _) => { if (++consumed == 100) { cancel.Cancel(); } return true; },
            cancel.Token).WaitAsync(Limit), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(consumed, Is.LessThan(1_000_000));
    }

    [Test]
    public void An_exception_in_the_work_surfaces_and_does_not_hang()
    {
        Assert.That(async () => await OrderedPipeline.RunAsync<int>(
            1000,
            3,
            (i, _) => i == 50 ? throw new InvalidOperationException("boom") : i,
            (_, _) => true,
            CancellationToken.None).WaitAsync(Limit), Throws.InstanceOf<InvalidOperationException>().With.Message.EqualTo("boom"));
    }

    [Test]
    public async Task No_items_is_a_completed_run()
    {
        Assert.That(await OrderedPipeline.RunAsync<int>(0, 4, (i, _) => i, (_, _) => true, CancellationToken.None), Is.True);
    }
}
