using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Graywatch.Store;

/// <summary>The store's evidence locker: a byte-for-byte copy of every ingested file, named by its SHA-256.</summary>
/// <remarks>
/// The copies sit in <c>&lt;store&gt;.sources/</c>. Line-oriented records point into them (offset and length in the
/// decompressed bytes) instead of repeating their text in the database, which keeps ingest fast and keeps the
/// original export, hash-verifiable, for a mapper to be fixed and re-run without collecting again.
/// </remarks>
public static class SourceArchive
{
    /// <summary>The archive folder of a store, or null for an in-memory store (which keeps raw text instead).</summary>
    public static string? Folder(GraywatchStore store) => store.Path == ":memory:" ? null : store.Path + ".sources";

    /// <summary>The archive name of a file with this hash.</summary>
    public static string NameFor(string sha256, bool gzip) => gzip ? sha256 + ".gz" : sha256;

    /// <summary>Removes copies that an interrupted ingest left unfinished (the store is open for writing by this process alone).</summary>
    public static void RemoveUnfinished(GraywatchStore store)
    {
        if (Folder(store) is { } folder && Directory.Exists(folder))
        {
            foreach (var part in Directory.EnumerateFiles(folder, "*.part"))
            {
                File.Delete(part);
            }
        }
    }

    /// <summary>Removes a copy that a failed ingest made.</summary>
    public static void Forget(GraywatchStore store, string name)
    {
        if (Folder(store) is { } folder)
        {
            File.Delete(Path.Combine(folder, name));
        }
    }

    /// <summary>The raw text of one record: stored text, or the bytes it points to in the archived file.</summary>
    /// <returns>Null when the store has no such record.</returns>
    /// <exception cref="Readers.InputException">The archived copy is missing or shorter than the record says.</exception>
    public static string? ReadRaw(GraywatchStore store, int sourceId, long item)
    {
        var row = store.Query(
            "SELECT r.raw, r.byte_offset, r.byte_length, s.archive FROM raw_records r JOIN sources s USING (source_id) WHERE r.source_id = $1 AND r.item = $2",
            r => (Raw: r.IsDBNull(0) ? null : r.GetString(0), Offset: r.IsDBNull(1) ? (long?)null : r.GetInt64(1),
                  Length: r.IsDBNull(2) ? 0 : r.GetInt32(2), Archive: r.IsDBNull(3) ? null : r.GetString(3)),
            sourceId, item).FirstOrDefault();
        if (row == default)
        {
            return null;
        }
        if (row.Raw is not null || row.Offset is null || row.Archive is null)
        {
            return row.Raw;
        }
        var file = Path.Combine(Folder(store) ?? "", row.Archive);
        if (!File.Exists(file))
        {
            throw new Readers.InputException(file, null, "the archived copy of this source is missing");
        }
        using var fs = File.OpenRead(file);
        using Stream s = row.Archive.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(fs, CompressionMode.Decompress) : fs;
        if (s.CanSeek)
        {
            s.Seek(row.Offset.Value, SeekOrigin.Begin);
        }
        else
        {
            Skip(s, row.Offset.Value);
        }
        var bytes = new byte[row.Length];
        var n = s.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (n < bytes.Length)
        {
            throw new Readers.InputException(file, null, string.Create(CultureInfo.InvariantCulture,
                $"the archived copy ends before record {item} (offset {row.Offset.Value}, {row.Length} bytes)"));
        }
        return Encoding.UTF8.GetString(bytes);
    }

    private static void Skip(Stream s, long count)
    {
        var buffer = new byte[81920];
        while (count > 0)
        {
            var n = s.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (n == 0)
            {
                return;
            }
            count -= n;
        }
    }
}
