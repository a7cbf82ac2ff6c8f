using System.Collections.Concurrent;
using System.Security.Cryptography;
using Graywatch.IO;

namespace Graywatch.Store;

/// <summary>One read of an input file that hashes it, copies it into the store's archive and shows each block to a listener.</summary>
/// <remarks>
/// The copy is written under a temporary name, because its archive name (the hash) is known only at the end;
/// <see cref="Keep"/> gives it that name once the file's records are committed, <see cref="Discard"/> removes it.
/// Without an archive folder (an in-memory store, a transcoded file) the file is only hashed.
/// </remarks>
public sealed class ArchiveCapture
{
    private const int BlockBytes = 1 << 20;

    private string? _part;

    private ArchiveCapture(string sha256, string? part, string? folder)
    {
        Sha256 = sha256;
        _part = part;
        Folder = folder;
    }

    /// <summary>The file's SHA-256, lower-case hex.</summary>
    public string Sha256 { get; }

    private string? Folder { get; }

    /// <summary>Reads <paramref name="path"/> once.</summary>
    /// <param name="archiveFolder">Where to copy the file; null to hash only.</param>
    /// <param name="block">Called with each block read, in order, on another thread (for example to index lines), so that
    /// its work overlaps the hashing and the copy.</param>
    public static ArchiveCapture Run(string path, string? archiveFolder, Action<ReadOnlyMemory<byte>>? block, CancellationToken cancellationToken)
    {
        string? part = null;
        DirectFileWriter? copy = null;
        if (archiveFolder is not null)
        {
            Directory.CreateDirectory(archiveFolder);
            part = System.IO.Path.Combine(archiveFolder, $".capture-{Guid.NewGuid():N}.part");
            copy = DirectFileWriter.Create(part);
        }
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using var listener = block is null ? null : new BlockListener(block);
            using (copy)
            using (var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            {
                var own = listener is null ? new byte[BlockBytes] : null;
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var buffer = own ?? listener!.Rent(cancellationToken);
                    var n = fs.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                    if (n == 0)
                    {
                        listener?.Return(buffer);
                        break;
                    }
                    var data = buffer.AsMemory(0, n);
                    hash.AppendData(data.Span);
                    copy?.Write(data.Span);
                    listener?.Post(buffer, n);
                }
                copy?.Complete();
                listener?.Finish();
            }
            return new ArchiveCapture(Convert.ToHexStringLower(hash.GetHashAndReset()), part, archiveFolder);
        }
        catch
        {
            if (part is not null)
            {
                File.Delete(part);
            }
            throw;
        }
    }

    /// <summary>Gives the copy its archive name unless a copy of the same bytes is there; true when this call placed it.</summary>
    public bool Keep(string name)
    {
        if (_part is null || Folder is null)
        {
            return false;
        }
        var target = System.IO.Path.Combine(Folder, name);
        var part = _part;
        _part = null;
        if (File.Exists(target))
        {
            File.Delete(part);
            return false;
        }
        File.Move(part, target, overwrite: false);
        return true;
    }

    /// <summary>Removes the copy (the file's records were not committed).</summary>
    public void Discard()
    {
        if (_part is not null)
        {
            File.Delete(_part);
            _part = null;
        }
    }

    /// <summary>Hands blocks to a listener on its own thread, through a few reused buffers.</summary>
    private sealed class BlockListener : IDisposable
    {
        private const int Buffers = 6;
        private readonly BlockingCollection<byte[]> _free = new();
        private readonly BlockingCollection<(byte[] Buffer, int Length)> _full = new(Buffers);
        private readonly Task _worker;
        private Exception? _failure;

        public BlockListener(Action<ReadOnlyMemory<byte>> block)
        {
            for (var i = 0; i < Buffers; i++)
            {
                _free.Add(new byte[BlockBytes]);
            }
            _worker = Task.Factory.StartNew(() =>
            {
                foreach (var (buffer, length) in _full.GetConsumingEnumerable())
                {
                    try
                    {
                        if (_failure is null)
                        {
                            block(buffer.AsMemory(0, length));
                        }
                    }
                    catch (Exception ex)
                    {
                        // Kept and rethrown on the reading thread; blocks are still drained so the reader never waits forever.
                        _failure = ex;
                    }
                    _free.Add(buffer);
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        public byte[] Rent(CancellationToken cancellationToken) => _free.Take(cancellationToken);

        public void Return(byte[] buffer) => _free.Add(buffer);

        public void Post(byte[] buffer, int length) => _full.Add((buffer, length));

        /// <summary>Waits until the listener has seen every block; rethrows its failure.</summary>
        public void Finish()
        {
            _full.CompleteAdding();
            _worker.GetAwaiter().GetResult();
            if (_failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
            }
        }

        public void Dispose()
        {
            if (!_full.IsAddingCompleted)
            {
                _full.CompleteAdding();
                _worker.Wait();
            }
            _free.Dispose();
            _full.Dispose();
        }
    }
}
