using System.Text;
using Graywatch.Readers;

namespace Graywatch.Tests.Readers;

/// <summary>Runs a reader over a fixture file or a string and collects what it made.</summary>
internal static class ReaderHarness
{
    public static readonly DateTimeOffset DefaultObservedAt = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static string Fixture(string format, string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", format, file);

    public static List<MappedRecord> ReadFixture(IRecordReader reader, string file, IReadOnlyDictionary<string, string>? options = null)
    {
        var path = Fixture(reader.Format, file);
        using var stream = File.OpenRead(path);
        return [.. reader.Read(stream, new ReaderContext(path, DefaultObservedAt, options), CancellationToken.None)];
    }

    public static List<MappedRecord> ReadText(IRecordReader reader, string text, IReadOnlyDictionary<string, string>? options = null) =>
        ReadBytes(reader, Encoding.UTF8.GetBytes(text), options);

    public static List<MappedRecord> ReadBytes(IRecordReader reader, byte[] bytes, IReadOnlyDictionary<string, string>? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return [.. reader.Read(stream, new ReaderContext("test-input", DefaultObservedAt, options), CancellationToken.None)];
    }

    public static FileSample Sample(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        return new FileSample(Path.GetFileName(path), text.Length > 65536 ? text[..65536] : text);
    }
}
