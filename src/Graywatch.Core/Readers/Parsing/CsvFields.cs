namespace Graywatch.Readers.Parsing;

/// <summary>One CSV row's cells, looked up by header name (case-insensitive, trimmed).</summary>
internal sealed class CsvFields(IReadOnlyDictionary<string, int> header, string[] cells) : IFieldSource
{
    public string? Text(string name)
    {
        if (!header.TryGetValue(name, out var index) || index >= cells.Length)
        {
            return null;
        }
        var cell = cells[index];
        return string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();
    }

    public IReadOnlyList<string>? Items(string name) => null;
}
