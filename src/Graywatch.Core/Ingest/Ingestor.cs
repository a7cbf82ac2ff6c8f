using System.Threading.Channels;
using Graywatch.Readers;
using Graywatch.Store;

namespace Graywatch.Ingest;

/// <summary>Reads export files into the store: detects formats, stages records, merges each file atomically.</summary>
/// <remarks>
/// Parsing runs on one thread and staging on another, so both cores work. A file that fails as a whole
/// (unreadable, truncated document, unknown format) is reported and leaves the store unchanged; the other
/// files still go in. Not thread-safe: one ingest per store at a time.
/// </remarks>
public sealed class Ingestor(GraywatchStore store, IngestOptions options, TimeProvider time)
{
    private const int BatchSize = 2048;

    /// <summary>Records per bulk-loaded chunk.</summary>
    internal int ChunkRecords { get; init; } = 1_000_000;


    /// <summary>Ingests files and directories (walked recursively; <c>.gz</c> read transparently).</summary>
    public async Task<IngestSummary> IngestAsync(IEnumerable<string> paths, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var files = ExpandPaths(paths);
        SourceArchive.RemoveUnfinished(store);
        RemoveLeftoverLineIndexes(store);
        var reports = new List<FileReport>();
        var quarantined = new Dictionary<string, long>(StringComparer.Ordinal);
        long accounts = 0, comments = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var (path, explicitlyNamed) = files[i];
            cancellationToken.ThrowIfCancellationRequested();
            FileReport report;
            try
            {
                var (r, byKind, acc, com) = await IngestFileAsync(path, explicitlyNamed, i, files.Count, progress, cancellationToken);
                report = r;
                accounts += acc;
                comments += com;
                foreach (var (k, v) in byKind)
                {
                    quarantined[k] = quarantined.GetValueOrDefault(k) + v;
                }
            }
            catch (InputException ex)
            {
                report = new FileReport(path, null, 0, 0, 0, 0, 0, 0, ex.Message);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                report = new FileReport(path, null, 0, 0, 0, 0, 0, 0, $"{path}: cannot read: {ex.Message}");
            }
            reports.Add(report);
        }
        return new IngestSummary(
            reports,
            reports.Sum(r => r.Records),
            reports.Sum(r => r.PostsNew),
            reports.Sum(r => r.SnapshotsAdded),
            accounts,
            comments,
            reports.Sum(r => r.Duplicates),
            quarantined);
    }

    private async Task<(FileReport Report, Dictionary<string, long> ByKind, long Accounts, long Comments)> IngestFileAsync(
        string path, bool explicitlyNamed, int index, int count, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (info.Length == 0)
        {
            return (new FileReport(path, null, 0, 0, 0, 0, 0, 0, null), new(), 0, 0);
        }
        var source = SourceFile.Probe(path);
        var sample = source.Sample();
        IRecordReader reader;
        if (options.Format is { } forced)
        {
            reader = ReaderCatalog.ByName(forced)
                ?? throw new InputException(path, null, $"unknown format '{forced}'; known formats: {ReaderCatalog.FormatNames}");
        }
        else if (string.IsNullOrWhiteSpace(sample.Head))
        {
            return (new FileReport(path, null, 0, 0, 0, 0, 0, 0, null), new(), 0, 0);
        }
        else
        {
            var detected = ReaderCatalog.Detect(sample);
            if (detected is null)
            {
                if (!explicitlyNamed)
                {
                    return (new FileReport(path, "(not an export)", 0, 0, 0, 0, 0, 0, null), new(), 0, 0);
                }
                throw new InputException(path, 1,
                    $"cannot tell the format from the content; pass --format with one of: {ReaderCatalog.FormatNames}");
            }
            reader = detected;
        }

        var fileTime = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
        var observedAt = options.ObservedAt ?? fileTime;
        var origin = options.ObservedAt is null ? "file-time" : "option";
        // Records point into an archived copy of the file unless it had to be transcoded (or the store is in memory).
        var archivable = SourceArchive.Folder(store) is not null && source.Encoding is null;
        var context = new ReaderContext(path, observedAt, options.ReaderOptions) { RawByOffset = archivable };

        // A file of a size the store has seen may be one it holds already: hash it alone first, so that re-reading a
        // folder of known exports copies nothing.
        if (StoreMerger.SourceOfSize(store, info.Length) && StoreMerger.FindSource(store,
                ArchiveCapture.Run(path, null, null, ct).Sha256, reader.Format, reader.MapperVersion) is { } knownId)
        {
            return AlreadyIngested(knownId);
        }

        // One read hashes the file and copies it into the archive; for the fast path it also indexes the lines
        // while DuckDB parses the same file on the other core.
        var archiveFolder = archivable ? SourceArchive.Folder(store) : null;
        using var lines = options.NativeJsonLines && JsonLinesFastPath.Applies(reader, source, info.Length, context, archivable)
            ? new LineIndex(Path.Combine(Path.GetDirectoryName(store.Path)!, $"{LineIndexPrefix(store)}{Guid.NewGuid():N}.parquet"), LineSource.MaxLineBytes)
            : null;
        // DuckDB's road holds the whole file's parsed rows: a lower ceiling keeps the process under 1 GB.
        using var ceiling = lines is not null ? store.BulkLoadMemory() : null;
        // However the file's load ends, DuckDB's parsed rows go (before the ceiling is lifted).
        using var parsedRows = lines is not null ? JsonLinesFastPath.DropWhenDone(store) : null;
        ArchiveCapture capture;
        JsonLinesFastPath.Survey? parsed = null;
        if (lines is not null)
        {
            long seen = 0;
            var scanning = Task.Run(() => ArchiveCapture.Run(path, archiveFolder, block =>
            {
                lines.Add(block);
                seen += block.Length;
                if (seen % (16L << 20) < block.Length)
                {
                    progress?.Report(new IngestProgress(path, index, count, seen, info.Length, lines.Lines));
                }
            }, ct), ct);
            try
            {
                parsed = JsonLinesFastPath.Parse(store, path);
            }
            finally
            {
                capture = await scanning;
            }
            lines.Complete();
        }
        else
        {
            capture = ArchiveCapture.Run(path, archiveFolder, null, ct);
        }
        var sha = capture.Sha256;
        var archive = archivable ? SourceArchive.NameFor(sha, source.IsGzip) : null;
        var sampling = options.Sampling ?? SamplingInference.From(sample) ?? reader.Sampling ?? SamplingKinds.Unknown;
        var description = new SourceDescription(Path.GetFullPath(path), sha, reader.Format, reader.MapperVersion, info.Length, observedAt, origin, archive, sampling);
        long usedFileTime = 0;
        var placed = false;
        try
        {
            using var tx = store.Connection.BeginTransaction();
            var (sourceId, known) = StoreMerger.FindOrAddSource(store, description, time.GetUtcNow());
            if (known)
            {
                capture.Discard();
                return AlreadyIngested(sourceId);
            }
            var plan = parsed is not null ? JsonLinesFastPath.Check(store, path, lines!, context, parsed) : null;
            var fast = plan is { Unsuitable: null };
            if (lines is not null && !fast)
            {
                // The parsed rows are not used: free their memory before the general reader runs.
                parsedRows?.Dispose();
                ceiling?.Dispose();
            }
            var result = fast ? LoadParsed(sourceId, plan!) : await LoadAsync(sourceId);
            placed = archive is not null && capture.Keep(archive);
            tx.Commit();
            return result;
        }
        catch
        {
            capture.Discard();
            if (placed)
            {
                SourceArchive.Forget(store, archive!);
            }
            throw;
        }

        // The same bytes, read by the same reader and mapper, are in the store already: every record is a repeat.
        (FileReport, Dictionary<string, long>, long, long) AlreadyIngested(int sourceId)
        {
            var (mapped, quarantinedBefore) = StoreMerger.KnownSourceRecords(store, sourceId);
            return (new FileReport(path, reader.Format, mapped + quarantinedBefore, 0, 0, mapped, quarantinedBefore, 0, null) { AlreadyIngested = true }, new(), 0, 0);
        }

        (FileReport, Dictionary<string, long>, long, long) LoadParsed(int sourceId, JsonLinesFastPath.Plan plan)
        {
            var (posts, snapshots) = JsonLinesFastPath.Load(store, sourceId, observedAt, lines!, plan);
            // One collection time for the whole file: distinct ids mean no repeated post or snapshot key within it.
            var merged = StoreMerger.RemoveRepeats(store, sourceId, lines!.Lines, [posts, snapshots, 0, 0], repeatsWithin: !plan.DistinctIds);
            usedFileTime = origin == "file-time" ? snapshots : 0;
            if (usedFileTime == 0 && options.ObservedAt is null)
            {
                StoreMerger.SetObservedAtOrigin(store, sourceId, "record");
            }
            progress?.Report(new IngestProgress(path, index, count, info.Length, info.Length, lines.Lines));
            var report = new FileReport(path, reader.Format, lines.Lines, merged.PostsNew, merged.SnapshotsAdded, merged.Duplicates, 0, usedFileTime, null)
            {
                ReadByDuckDb = true,
                New = lines.Lines - merged.Duplicates,
            };
            return (report, new Dictionary<string, long>(), 0, 0);
        }

        async Task<(FileReport, Dictionary<string, long>, long, long)> LoadAsync(int sourceId)
        {
            var (raw, text) = source.Open();
            StagingWriter staging;
            using (raw)
            using (text)
            using (staging = new StagingWriter(store, sourceId, time.GetUtcNow(), archivable, source.BomLength))
            {
                var channel = Channel.CreateBounded<MappedRecord[]>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var producer = Task.Run(() => Produce(reader, text, context, channel.Writer, cts.Token), cts.Token);
                long records = 0;
                // Chunks are bulk-loaded on another thread while the next one is staged, so both cores stay busy.
                Task loading = Task.CompletedTask;
                try
                {
                    await foreach (var batch in channel.Reader.ReadAllAsync(ct))
                    {
                        foreach (var r in batch)
                        {
                            staging.Add(r);
                            if (origin == "file-time" && r.Snapshot is { } s && s.ObservedAt == observedAt)
                            {
                                usedFileTime++;
                            }
                        }
                        records += batch.Length;
                        if (staging.Pending >= ChunkRecords)
                        {
                            var chunk = staging.Rotate();
                            await loading;
                            loading = Task.Run(() => StagingWriter.Load(store, chunk), ct);
                        }
                        progress?.Report(new IngestProgress(path, index, count, raw.BytesRead, info.Length, records));
                    }
                }
                catch
                {
                    await cts.CancelAsync();
                    await Quietly(loading);
                    throw;
                }
                await producer;
                await loading;
                StagingWriter.Load(store, staging.Rotate());
            }
            if (options.Format is not null && staging.Mapped == 0 && staging.FirstQuarantine is { } first)
            {
                // A forced format that fits no record is a wrong choice, not a file of bad records: store nothing.
                throw new InputException(path, first.Item,
                    $"no record fits --format {reader.Format}: {first.Reason.TrimEnd('.')}; leave --format out to detect the format, or pick one of: {ReaderCatalog.FormatNames}");
            }
            var merged = StoreMerger.RemoveRepeats(store, sourceId, staging.Mapped, staging.StagedRows);
            if (usedFileTime == 0 && options.ObservedAt is null)
            {
                StoreMerger.SetObservedAtOrigin(store, sourceId, "record");
            }
            var report = new FileReport(
                path, reader.Format, staging.Records, merged.PostsNew, merged.SnapshotsAdded,
                merged.Duplicates, staging.QuarantinedByKind.Values.Sum(), usedFileTime, null)
            {
                New = staging.Mapped - merged.Duplicates,
            };
            return (report, staging.QuarantinedByKind, merged.AccountsAdded, merged.CommentsAdded);
        }
    }

    // Named after the store, so that only this store's leftovers are removed: the store's lock keeps other runs out.
    private static string LineIndexPrefix(GraywatchStore store) => $".graywatch-lines-{Path.GetFileName(store.Path)}-";

    /// <summary>Removes line indexes that a run killed mid-ingest left beside the store.</summary>
    private static void RemoveLeftoverLineIndexes(GraywatchStore store)
    {
        if (Path.GetDirectoryName(store.Path) is not { Length: > 0 } folder || !Directory.Exists(folder))
        {
            return;
        }
        foreach (var leftover in Directory.EnumerateFiles(folder, $"{LineIndexPrefix(store)}*.parquet"))
        {
            File.Delete(leftover);
        }
    }

    /// <summary>Waits for a background load to stop, ignoring its failure (the caller is already failing).</summary>
    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception)
        {
            // The first failure is the one reported.
        }
    }

    private static async Task Produce(IRecordReader reader, Stream text, ReaderContext context, ChannelWriter<MappedRecord[]> writer, CancellationToken ct)
    {
        try
        {
            var batch = new List<MappedRecord>(BatchSize);
            foreach (var r in reader.Read(text, context, ct))
            {
                batch.Add(r);
                if (batch.Count == BatchSize)
                {
                    await writer.WriteAsync([.. batch], ct);
                    batch.Clear();
                }
            }
            if (batch.Count > 0)
            {
                await writer.WriteAsync([.. batch], ct);
            }
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    /// <summary>Files to read, in a stable order; the flag says whether the user named the file itself.</summary>
    internal static List<(string Path, bool Explicit)> ExpandPaths(IEnumerable<string> paths)
    {
        var list = new List<(string, bool)>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                var walked = Directory.EnumerateFiles(p, "*", new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                    IgnoreInaccessible = true,
                })
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal);
                list.AddRange(walked.Select(f => (f, false)));
            }
            else if (File.Exists(p))
            {
                list.Add((p, true));
            }
            else
            {
                throw new InputException(p, null, "no such file or directory");
            }
        }
        return list;
    }
}
