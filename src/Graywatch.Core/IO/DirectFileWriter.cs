using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Graywatch.IO;

/// <summary>Writes a new file front to back, past the page cache (<c>O_DIRECT</c>) where the system allows it.</summary>
/// <remarks>
/// Copying a large export through the page cache costs the kernel about a second per 400 MB on a small virtual
/// machine; writing it directly costs a tenth of that. Direct writes need aligned buffers and lengths, so data is
/// gathered in aligned windows and the last block is padded, then the file is cut to its true length. Full windows
/// go to a writer thread of their own, so the disk writes while the caller fills the next window; a dedicated thread,
/// not the thread pool, because idle pool workers spin and take the CPU the rest of an ingest needs. On other
/// systems, or where the file system refuses <c>O_DIRECT</c> (tmpfs), an ordinary buffered stream is used.
/// </remarks>
internal sealed partial class DirectFileWriter : IDisposable
{
    private const int Alignment = 4096;
    private const int WindowBytes = 1 << 20;
    private const int Windows = 4;

    private readonly SafeFileHandle? _direct;
    private readonly FileStream? _buffered;
    private readonly byte[]? _array;
    private readonly int _windowStart;
    private readonly BlockingCollection<(int Window, int Bytes, long Offset)>? _full;
    private readonly SemaphoreSlim? _free;
    private readonly Thread? _writer;
    private Exception? _failure;
    private int _window;
    private int _filled;
    private long _flushed;

    private DirectFileWriter(SafeFileHandle direct)
    {
        _direct = direct;
        _array = GC.AllocateArray<byte>(Windows * WindowBytes + Alignment, pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(_array, 0).ToInt64();
        _windowStart = (int)((Alignment - (address % Alignment)) % Alignment);
        _full = new BlockingCollection<(int, int, long)>(Windows);
        // The caller holds one window from the start.
        _free = new SemaphoreSlim(Windows - 1, Windows);
        _writer = new Thread(WriteWindows) { IsBackground = true, Name = "graywatch direct writer" };
        _writer.Start();
    }

    private void WriteWindows()
    {
        foreach (var (window, bytes, offset) in _full!.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null)
                {
                    RandomAccess.Write(_direct!, WindowMemory(window)[..bytes].Span, offset);
                }
            }
            catch (Exception ex)
            {
                // Reported to the caller at its next window; windows are still handed back so it never waits forever.
                _failure = ex;
            }
            _free!.Release();
        }
    }

    private DirectFileWriter(FileStream buffered) => _buffered = buffered;

    /// <summary>Whether the file is written past the page cache.</summary>
    public bool IsDirect => _direct is not null;

    /// <summary>Creates (or replaces) <paramref name="path"/> for writing.</summary>
    public static DirectFileWriter Create(string path)
    {
        if (OperatingSystem.IsLinux() && DirectFlag() is { } direct)
        {
            var fd = Open(path, OWrOnly | OCreat | OTrunc | OCloexec | direct, Convert.ToInt32("644", 8));
            if (fd >= 0)
            {
                var writer = new DirectFileWriter(new SafeFileHandle(fd, ownsHandle: true));
                if (writer.Accepts())
                {
                    return writer;
                }
                writer.Dispose();
            }
        }
        return new DirectFileWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20));
    }

    /// <summary>Whether the file system takes a direct write (some accept <c>O_DIRECT</c> at open and refuse the writes).</summary>
    private bool Accepts()
    {
        try
        {
            RandomAccess.Write(_direct!, Window[..Alignment], 0);
            RandomAccess.SetLength(_direct!, 0);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Appends bytes.</summary>
    public void Write(ReadOnlySpan<byte> data)
    {
        if (_buffered is not null)
        {
            _buffered.Write(data);
            return;
        }
        while (!data.IsEmpty)
        {
            var n = Math.Min(data.Length, WindowBytes - _filled);
            data[..n].CopyTo(Window[_filled..]);
            _filled += n;
            data = data[n..];
            if (_filled == WindowBytes)
            {
                Flush(WindowBytes);
            }
        }
    }

    /// <summary>Writes what is left and sets the file's length; call once, after the last <see cref="Write"/>.</summary>
    public void Complete()
    {
        if (_buffered is not null)
        {
            _buffered.Flush();
            return;
        }
        var length = _flushed + _filled;
        if (_filled > 0)
        {
            var padded = (_filled + Alignment - 1) / Alignment * Alignment;
            Window[_filled..padded].Clear();
            Flush(padded);
        }
        _full!.CompleteAdding();
        _writer!.Join();
        ThrowIfFailed();
        RandomAccess.SetLength(_direct!, length);
    }

    private Memory<byte> WindowMemory(int window) => _array.AsMemory(_windowStart + window * WindowBytes, WindowBytes);

    private Span<byte> Window => WindowMemory(_window).Span;

    private void Flush(int bytes)
    {
        ThrowIfFailed();
        _full!.Add((_window, bytes, _flushed));
        _flushed += bytes;
        _filled = 0;
        _window = (_window + 1) % Windows;
        // Windows are written in turn, so once one is free again, the next in turn is.
        _free!.Wait();
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
        }
    }

    public void Dispose()
    {
        if (_full is not null)
        {
            if (!_full.IsAddingCompleted)
            {
                _full.CompleteAdding();
            }
            _writer!.Join();
            _full.Dispose();
            _free!.Dispose();
        }
        _direct?.Dispose();
        _buffered?.Dispose();
    }

    private const int OWrOnly = 0x1;
    private const int OCreat = 0x40;
    private const int OTrunc = 0x200;
    private const int OCloexec = 0x80000;

    /// <summary>The value of <c>O_DIRECT</c> on this architecture, or null where it is not known.</summary>
    private static int? DirectFlag() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x4000,
        Architecture.Arm64 or Architecture.Arm => 0x10000,
        _ => null,
    };

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);
}
