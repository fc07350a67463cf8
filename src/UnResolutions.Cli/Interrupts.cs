using System.Runtime.InteropServices;

namespace UnResolutions.Cli;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation instead of an immediate exit, so that a command can clean up
/// (delete its temporary file) and exit with <see cref="ExitCodes.Interrupted"/>.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly List<PosixSignalRegistration> _registrations = [];

    private Interrupts(CancellationToken token)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(token);
        foreach (PosixSignal signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (Exception e) when (e is PlatformNotSupportedException or IOException)
            {
            }
        }
        Console.CancelKeyPress += OnCancelKeyPress;
    }

    /// <summary>Cancelled by Ctrl-C, SIGINT, SIGTERM, or the given token.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Starts listening; dispose to restore the default behaviour.</summary>
    public static Interrupts Listen(CancellationToken token) => new(token);

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        Cancel();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        Cancel();
    }

    private void Cancel()
    {
        try { _source.Cancel(); }
        catch (ObjectDisposedException) { }
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        foreach (PosixSignalRegistration registration in _registrations) { registration.Dispose(); }
        _source.Dispose();
    }
}
