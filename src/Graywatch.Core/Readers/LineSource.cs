using System.Buffers;

namespace Graywatch.Readers;

/// <summary>One line of a line-oriented file, as UTF-8 bytes without its line break.</summary>
/// <remarks>The bytes are valid only until the enumeration moves on.</remarks>
/// <param name="Offset">Where the line starts, in bytes from the start of the stream.</param>
public readonly record struct SourceLine(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong, long Length, long Offset);

/// <summary>Splits a stream into lines without ever holding more than one bounded line in memory.</summary>
/// <remarks>
/// A line longer than <see cref="MaxLineBytes"/> is skipped to its end and reported with
/// <see cref="SourceLine.TooLong"/> and its first bytes, so a single 200 MB line costs bounded memory.
/// </remarks>
public static class LineSource
{
    /// <summary>Default longest line kept whole: 16 MiB.</summary>
    public const int DefaultMaxLineBytes = 16 * 1024 * 1024;

    /// <summary>How many leading bytes of an over-long line are kept for the quarantine.</summary>
    public const int TooLongPreviewBytes = 4096;

    /// <summary>The process-wide line limit used when a caller gives none; prefer the overload that takes one.</summary>
    public static int MaxLineBytes { get; set; } = DefaultMaxLineBytes;

    /// <summary>Enumerates the lines of <paramref name="stream"/>, numbered from 1.</summary>
    public static IEnumerable<SourceLine> Lines(Stream stream, CancellationToken cancellationToken = default) =>
        Lines(stream, MaxLineBytes, cancellationToken);

    /// <summary>Enumerates the lines of <paramref name="stream"/>, numbered from 1, with its own line limit.</summary>
    /// <param name="maxLineBytes">The longest line kept whole; longer lines come back <see cref="SourceLine.TooLong"/>.</param>
    public static IEnumerable<SourceLine> Lines(Stream stream, int maxLineBytes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        var max = maxLineBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            var start = 0;
            var end = 0;
            long number = 0;
            var skipping = false;
            long skippedLength = 0;
            byte[]? preview = null;
            var eof = false;
            long bufferBase = 0;
            long skipStart = 0;
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !eof)
                {
                    if (skipping)
                    {
                        skippedLength += end - start;
                        bufferBase += end;
                        start = end = 0;
                    }
                    else if (end - start > max)
                    {
                        skipping = true;
                        skipStart = bufferBase + start;
                        preview = buffer.AsSpan(start, Math.Min(TooLongPreviewBytes, end - start)).ToArray();
                        skippedLength = end - start;
                        bufferBase += end;
                        start = end = 0;
                    }
                    else
                    {
                        if (start > 0)
                        {
                            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                            bufferBase += start;
                            end -= start;
                            start = 0;
                        }
                        if (end == buffer.Length)
                        {
                            var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                            Buffer.BlockCopy(buffer, 0, bigger, 0, end);
                            ArrayPool<byte>.Shared.Return(buffer);
                            buffer = bigger;
                        }
                    }
                    cancellationToken.ThrowIfCancellationRequested();
                    var read = stream.Read(buffer, end, buffer.Length - end);
                    if (read == 0)
                    {
                        eof = true;
                    }
                    end += read;
                    continue;
                }

                int lineEnd;
                int next;
                if (newline >= 0)
                {
                    lineEnd = start + newline;
                    next = lineEnd + 1;
                }
                else
                {
                    if (start >= end && !skipping)
                    {
                        yield break;
                    }
                    lineEnd = end;
                    next = end;
                }

                number++;
                if (skipping)
                {
                    skippedLength += lineEnd - start;
                    yield return new SourceLine(number, preview, TooLong: true, skippedLength, skipStart);
                    skipping = false;
                    preview = null;
                    skippedLength = 0;
                }
                else
                {
                    var len = lineEnd - start;
                    if (len > 0 && buffer[lineEnd - 1] == (byte)'\r')
                    {
                        len--;
                    }
                    if (len > max)
                    {
                        yield return new SourceLine(number, buffer.AsMemory(start, Math.Min(TooLongPreviewBytes, len)), TooLong: true, len, bufferBase + start);
                    }
                    else
                    {
                        yield return new SourceLine(number, buffer.AsMemory(start, len), TooLong: false, len, bufferBase + start);
                    }
                }
                start = next;
                if (eof && start >= end)
                {
                    yield break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
