using System.Buffers;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;
using UnResolutions.Diagnostics;
using UnResolutions.Json;
using UnResolutions.Model;
using UnResolutions.Syntax;

namespace UnResolutions.Cli;

/// <summary>The options of <c>unres convert</c>.</summary>
internal sealed record ConvertOptions(string[] Inputs, string Out, string Format = "json", int Jobs = 1, bool FailFast = false, bool Quiet = false, string? Language = null);

/// <summary>
/// <c>unres convert INPUT... --out PATH [--format json|syntax-json] [--jobs N] [--fail-fast] [--quiet]</c>: converts
/// many resolutions to JSON Lines, in parallel, in the order of the inputs. The output is written to a temporary file
/// next to PATH and renamed to PATH at the end, so PATH never holds half an output.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        Argument<string[]> inputs = CommonOptions.Inputs("INPUT");
        var output = new Option<string>("--out", "-o")
        {
            Description = "The JSON Lines file to write (written to PATH.tmp-PID-XXXXXXXX, renamed to PATH at the end; - for standard output); "
                + "with --format akn, the directory to write DIR/<input name>.xml into (DIR/<input name>-2.xml … for further resolutions of one input).",
            Required = true,
            HelpName = "PATH",
        };
        var format = new Option<string>("--format")
        {
            Description = "json: the document model, one line per resolution (a file without one still gives a line); "
                + "syntax-json: the lossless syntax tree, one line per file; akn: Akoma Ntoso (AKN4UN) XML, one file per resolution in the --out directory.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "syntax-json", "akn");
        Option<int> jobs = CommonOptions.Jobs();
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first file that cannot be read, exit 1 and write no output file." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no summary; only failures are reported." };
        Option<string?> language = CommonOptions.Language();
        var command = new Command("convert", "Convert resolutions to JSON Lines (one document per line, each with its source), in parallel, "
            + "in the order of the inputs. A progress bar and a summary go to stderr; a file that cannot be read is reported "
            + "there and the others are converted.\n\n"
            + "Exit codes: 0 every file was converted; 1 a file could not be read (or the output written); 2 a usage error; "
            + "130 interrupted (no output file is left).\n\n"
            + "Examples:\n"
            + "  unres convert corpus/ --out resolutions.jsonl\n"
            + "  unres convert 'corpus/**/*.txt' --out resolutions.jsonl --jobs 4\n"
            + "  unres convert a.txt b.txt --out trees.jsonl --format syntax-json --fail-fast\n"
            + "  unres convert corpus/ --out akn/ --format akn\n"
            + "  cat a.txt | unres convert - --out - --quiet")
        {
            inputs,
            output,
            format,
            jobs,
            failFast,
            quiet,
            language,
        };
        CommonOptions.StdinAtMostOnce(command, inputs);
        command.SetAction((result, cancellationToken) => RunAsync(
            new ConvertOptions(result.GetValue(inputs)!, result.GetValue(output)!, result.GetValue(format)!, result.GetValue(jobs),
                result.GetValue(failFast), result.GetValue(quiet), result.GetValue(language)),
            Console.Error, cancellationToken));
        return command;
    }

    /// <summary>What one file gave: its JSON Lines, or why it could not be read.</summary>
    private sealed class FileResult
    {
        public required InputFile Input { get; init; }
        public ArrayBufferWriter<byte>? Json { get; init; }
        /// <summary>With <c>--format akn</c>: the XML of each resolution, in order.</summary>
        public List<byte[]>? Xml { get; init; }
        public string? Error { get; init; }
        public long Bytes { get; init; }
        public int Documents { get; init; }
        public int WithWarnings { get; init; }
        public int WithErrors { get; init; }
    }

    /// <summary>The running totals, read by the progress bar while the writer updates them.</summary>
    private sealed class Totals
    {
        private long _bytes;
        private int _done;

        public Totals(int files, long bytes, Stopwatch clock)
        {
            Files = files;
            ExpectedBytes = bytes;
            Clock = clock;
        }

        public int Files { get; }
        public long ExpectedBytes { get; }
        /// <summary>Started before the inputs were expanded: the seconds of the summary are the whole run's.</summary>
        public Stopwatch Clock { get; }
        public long Bytes => Interlocked.Read(ref _bytes);
        public int Done => Volatile.Read(ref _done);
        public int Converted { get; set; }
        public int Failed { get; set; }
        public int Documents { get; set; }
        public int WithWarnings { get; set; }
        public int WithErrors { get; set; }

        public void Add(long bytes)
        {
            Interlocked.Add(ref _bytes, bytes);
            Interlocked.Increment(ref _done);
        }

        public double Seconds => Clock.Elapsed.TotalSeconds;
        public double MegabytesPerSecond => Seconds > 0 ? Bytes / 1_000_000.0 / Seconds : 0;
    }

    public static async Task<int> RunAsync(ConvertOptions options, TextWriter errors, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using Interrupts interrupts = Interrupts.Listen(cancellationToken);
        cancellationToken = interrupts.Token;
        bool interactive = !options.Quiet && !Console.IsErrorRedirected;
        IAnsiConsole? console = interactive
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            : null;
        // With the progress bar, failures are kept until it has finished (a line written under a live display
        // garbles it); without it, they are written at once.
        var heldBack = new List<string>();
        bool live = false;
        void Report(string line)
        {
            if (live) { heldBack.Add(line); }
            else { errors.WriteLine(line); }
        }
        void ReleaseHeldBack()
        {
            live = false;
            foreach (string line in heldBack) { Report(line); }
            heldBack.Clear();
        }

        List<InputFile> files = Inputs.Expand(options.Inputs);
        var totals = new Totals(files.Count, files.Sum(f => f.Length), clock);
        if (options.Out != "-" && Inputs.FindSameFile(files, options.Out) is InputFile same)
        {
            // Renaming the output onto PATH at the end would replace that input with its own JSON.
            Report($"unres: --out {options.Out} is one of the inputs ({same.Path}); it would be overwritten. Write the output elsewhere.");
            return ExitCodes.Usage;
        }

        bool akn = options.Format == "akn";
        if (akn && options.Out == "-")
        {
            Report("unres: --format akn writes one file per resolution: --out must be a directory, not standard output.");
            return ExitCodes.Usage;
        }
        if (akn && AknDirectoryOutput.Conflicts(files, Path.GetFullPath(options.Out)) is [string conflict, ..])
        {
            Report($"unres: {conflict}. Write the output elsewhere.");
            return ExitCodes.Usage;
        }

        OutputFile? output = null;
        AknDirectoryOutput? directory = null;
        try
        {
            if (akn) { directory = AknDirectoryOutput.Open(options.Out); }
            else
            {
                // A FIFO is opened once it has a reader, a wait that Ctrl-C ends.
                output = options.Out != "-" && await OutputTargets.OpenFifoAsync(Path.GetFullPath(options.Out), cancellationToken).ConfigureAwait(false) is FileStream fifo
                    ? OutputFile.OfStream(fifo)
                    : OutputFile.Open(options.Out);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Report($"unres: interrupted; nothing was written to {options.Out}.");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Report($"unres: error: cannot write {options.Out}: {e.Message}");
            return ExitCodes.FileError;
        }

        bool finished;
        try
        {
            bool Consume(int index, FileResult result, ProgressTask? progress)
            {
                if (result.Error != null)
                {
                    totals.Failed++;
                    Report($"{result.Input.Path}: error: {result.Error}");
                    if (options.FailFast) { return false; }
                }
                else
                {
                    if (directory != null) { directory.Add(result.Input, result.Xml!); }
                    else { output!.Stream.Write(result.Json!.WrittenSpan); }
                    totals.Converted++;
                    totals.Documents += result.Documents;
                    totals.WithWarnings += result.WithWarnings;
                    totals.WithErrors += result.WithErrors;
                }
                totals.Add(result.Bytes);
                progress?.Increment(result.Bytes);
                return true;
            }

            Task<bool> Run(ProgressTask? progress) => OrderedPipeline.RunAsync(
                files.Count, options.Jobs, (i, _) => ConvertFile(files[i], options.Format, CommonOptions.ParseOptionsOf(options.Language)), (i, r) => Consume(i, r, progress), cancellationToken);

            if (console != null)
            {
                live = true;
                finished = await console.Progress()
                    .AutoClear(false)
                    .HideCompleted(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn { Width = 24 }, new PercentageColumn(), new TotalsColumn(totals))
                    .StartAsync(async context =>
                    {
                        ProgressTask task = context.AddTask("converting", maxValue: Math.Max(1, totals.ExpectedBytes));
                        bool done = await Run(task).ConfigureAwait(false);
                        if (done) { task.Value = task.MaxValue; }
                        return done;
                    }).ConfigureAwait(false);
                ReleaseHeldBack();
            }
            else
            {
                finished = await Run(null).ConfigureAwait(false);
            }
            if (finished)
            {
                output?.Commit();
                directory?.Commit();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ReleaseHeldBack();
            output?.Discard();
            directory?.Discard();
            Report($"unres: interrupted; {(output?.IsStream == true ? "the output is incomplete" : $"{options.Out} was not written")}.");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReleaseHeldBack();
            output?.Discard();
            directory?.Discard();
            Report($"unres: error: cannot write {options.Out}: {e.Message}");
            return ExitCodes.FileError;
        }
        finally
        {
            output?.Discard();   // a no-op once committed
            directory?.Discard();
        }

        if (!finished)
        {
            Report($"unres: stopped at the first failure (--fail-fast); {(output?.IsStream == true ? "the output is incomplete" : $"{options.Out} was not written")}.");
            return ExitCodes.FileError;
        }
        if (!options.Quiet) { PrintSummary(totals, console, errors); }
        return totals.Failed > 0 ? ExitCodes.FileError : ExitCodes.Success;
    }

    private static FileResult ConvertFile(InputFile input, string format, ParseOptions parseOptions)
    {
        if (input.Error != null) { return new FileResult { Input = input, Error = input.Error }; }
        byte[] bytes;
        try
        {
            bytes = input.ReadAllBytes();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new FileResult { Input = input, Error = $"cannot read the file: {e.Message}" };
        }
        try
        {
            ResolutionSyntaxTree tree = ResolutionSyntaxTree.ParseBytes(bytes, parseOptions);
            int documents = 0, withWarnings = 0, withErrors = 0;
            if (format == "akn")
            {
                var xml = new List<byte[]>();
                // One buffer for the file's documents: a new one per document, sized for the whole file, cost the
                // file's size in allocations per resolution of a long input.
                using var stream = new MemoryStream();
                foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(tree))
                {
                    stream.SetLength(0);
                    Akn.AknWriter.Write(document, stream);
                    xml.Add(stream.ToArray());
                    if (document.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning)) { withWarnings++; }
                    if (document.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) { withErrors++; }
                }
                return new FileResult { Input = input, Xml = xml, Bytes = bytes.Length, Documents = xml.Count, WithWarnings = withWarnings, WithErrors = withErrors };
            }
            var json = new ArrayBufferWriter<byte>(Math.Max(256, bytes.Length * 2));
            if (format == "syntax-json")
            {
                using (var writer = new Utf8JsonWriter(json, JsonOutput.WriterOptions()))
                {
                    SyntaxJson.Write(tree.GetRoot(), writer, input.Path);
                }
                json.Write("\n"u8);
                documents = 1;
                IReadOnlyList<Diagnostic> diagnostics = tree.GetDiagnostics();
                withWarnings = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning) ? 1 : 0;
                withErrors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? 1 : 0;
            }
            else
            {
                foreach (ResolutionDocument document in ResolutionModel.EnumerateDocuments(tree))
                {
                    ResolutionJson.Serialize(document with { Source = input.Path }, json);
                    json.Write("\n"u8);
                    documents++;
                    if (document.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning)) { withWarnings++; }
                    if (document.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) { withErrors++; }
                }
            }
            return new FileResult { Input = input, Json = json, Bytes = bytes.Length, Documents = documents, WithWarnings = withWarnings, WithErrors = withErrors };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The parser never throws on input; this is a bug, reported for this file so that the batch goes on.
            return new FileResult { Input = input, Error = $"cannot convert the file: {e.GetType().Name}: {e.Message}" };
        }
    }

    private static void PrintSummary(Totals totals, IAnsiConsole? console, TextWriter errors)
    {
        string megabytes = CommonOptions.Megabytes(totals.Bytes);
        string seconds = totals.Seconds.ToString("0.00", CultureInfo.InvariantCulture);
        string speed = totals.MegabytesPerSecond.ToString("0.00", CultureInfo.InvariantCulture);
        if (console != null)
        {
            var table = new Table().Title("unres convert").AddColumn("").AddColumn(new TableColumn("").RightAligned()).HideHeaders();
            table.AddRow("files converted", totals.Converted.ToString(CultureInfo.InvariantCulture));
            table.AddRow("files failed", totals.Failed.ToString(CultureInfo.InvariantCulture));
            table.AddRow("documents", totals.Documents.ToString(CultureInfo.InvariantCulture));
            table.AddRow("with warnings", totals.WithWarnings.ToString(CultureInfo.InvariantCulture));
            table.AddRow("with errors", totals.WithErrors.ToString(CultureInfo.InvariantCulture));
            table.AddRow("MB", megabytes);
            table.AddRow("seconds", seconds);
            table.AddRow("MB/s", speed);
            console.Write(table);
            return;
        }
        errors.WriteLine(FormattableString.Invariant($"files: {totals.Converted} converted, {totals.Failed} failed"));
        errors.WriteLine(FormattableString.Invariant($"documents: {totals.Documents}, {totals.WithWarnings} with warnings, {totals.WithErrors} with errors"));
        errors.WriteLine($"MB: {megabytes}");
        errors.WriteLine($"seconds: {seconds}");
        errors.WriteLine($"MB/s: {speed}");
    }

    /// <summary>Files done, megabytes done and the speed, next to the progress bar.</summary>
    private sealed class TotalsColumn(Totals totals) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) => new Spectre.Console.Text(FormattableString.Invariant(
            $"{totals.Done}/{totals.Files} files{(totals.Failed > 0 ? $" ({totals.Failed} failed)" : "")}  {totals.Bytes / 1e6:0.0}/{totals.ExpectedBytes / 1e6:0.0} MB  {totals.MegabytesPerSecond:0.0} MB/s"));
    }

    /// <summary>
    /// The output: standard output, or a temporary file next to the path (<c>PATH.tmp-PID-XXXXXXXX</c>) that
    /// <see cref="Commit"/> renames to the path; <see cref="Discard"/> deletes it, so the path never holds half an output.
    /// </summary>
    private sealed class OutputFile
    {
        private readonly string? _path;
        private readonly string? _temporary;
        private readonly FileStream? _lock;
        private bool _disposed;
        private bool _committed;

        private OutputFile(Stream stream, string? path, string? temporary, FileStream? pathLock = null)
        {
            Stream = stream;
            _path = path;
            _temporary = temporary;
            _lock = pathLock;
        }

        public Stream Stream { get; }

        /// <summary>Written as it goes (standard output, a descriptor, a FIFO, a device), not through a temporary file.</summary>
        public bool IsStream => _path == null;

        /// <summary>An output written as it goes, never replaced (a FIFO the caller opened).</summary>
        public static OutputFile OfStream(FileStream stream) => new(stream, null, null);

        public static OutputFile Open(string path)
        {
            if (path == "-" || OutputTargets.FileDescriptor(path) == 1) { return new OutputFile(new BufferedStream(Console.OpenStandardOutput(), 1 << 16), null, null); }
            if (OutputTargets.FileDescriptor(path) is int fd)
            {
                // /dev/fd/N: the descriptor the caller opened (the shell's 3>file); it stays open after the run.
                return new OutputFile(new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: false), FileAccess.Write, 1 << 16), null, null);
            }
            string full = Path.GetFullPath(path);
            if (OutputTargets.IsSpecialFile(full))
            {
                // A FIFO or a device is opened and written (a FIFO waits for its reader), never replaced; no
                // temporary file and no lock file next to it (there is no file to protect, and /dev is no place for them).
                return new OutputFile(new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16), null, null);
            }
            // An --out that is a symbolic link is written through it: the temporary file goes next to the link's
            // final target and is renamed onto it, so the link stays a link (renaming onto it replaced the link).
            if (new FileInfo(full).LinkTarget != null && File.ResolveLinkTarget(full, returnFinalTarget: true) is FileSystemInfo target) { full = Path.GetFullPath(target.FullName); }
            // Two runs on the same --out both renamed their output onto it and one result silently disappeared: the
            // first holds PATH.lock (an exclusive, advisory lock, deleted when closed) and the second fails.
            FileStream pathLock;
            try
            {
                pathLock = new FileStream(full + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
            {
                throw new IOException($"another unres convert is writing it ({full}.lock is held).", e);
            }
            DeleteStaleTemporaryFiles(full);
            // The writer's process id in the name lets a later run tell a killed run's leftover from a live one's.
            string temporary = full + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-"
                + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
            try
            {
                var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 20);
                return new OutputFile(stream, full, temporary, pathLock);
            }
            catch
            {
                pathLock.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Deletes the <c>PATH.tmp-PID-XXXXXXXX</c> files that a killed run left next to the path: those whose process
        /// is no longer running (a running one may be another conversion to the same path).
        /// </summary>
        private static void DeleteStaleTemporaryFiles(string path)
        {
            string? directory = Path.GetDirectoryName(path);
            if (directory is null || !Directory.Exists(directory)) { return; }
            string prefix = Path.GetFileName(path) + ".tmp-";
            foreach (string leftover in Directory.EnumerateFiles(directory, prefix + "*"))
            {
                ReadOnlySpan<char> rest = Path.GetFileName(leftover.AsSpan())[prefix.Length..];
                int dash = rest.IndexOf('-');
                if (dash <= 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) || IsRunning(pid)) { continue; }
                try { File.Delete(leftover); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
        }

        private static bool IsRunning(int pid)
        {
            try
            {
                using Process process = Process.GetProcessById(pid);
                return !process.HasExited;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                return false;
            }
        }

        /// <summary>Flushes the output and, for a file, renames the temporary file to the path (replacing it).</summary>
        public void Commit()
        {
            Stream.Flush();
            Stream.Dispose();
            _disposed = true;
            if (_temporary != null) { File.Move(_temporary, _path!, overwrite: true); }
            _committed = true;
            _lock?.Dispose();
        }

        /// <summary>Closes the output and deletes the temporary file, unless committed.</summary>
        public void Discard()
        {
            if (_committed) { return; }
            if (!_disposed)
            {
                _disposed = true;
                try
                {
                    if (IsStream) { Stream.Flush(); }
                    Stream.Dispose();
                }
                catch (IOException)
                {
                }
            }
            if (_temporary != null)
            {
                try { File.Delete(_temporary); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
            _lock?.Dispose();
        }
    }
}
