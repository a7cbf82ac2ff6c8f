namespace Graywatch.Readers.Parsing;

/// <summary>One CSV row's cells, looked up by header name (case-insensitive, trimmed).</summary>
/// <remarks>
/// A dotted name (<c>authorMeta.name</c>) also finds the slash-flattened column that Apify's CSV export writes
/// (<c>authorMeta/name</c>); a list such as <c>hashtags</c> also gathers the indexed columns <c>hashtags/0/name</c>,
/// <c>hashtags/1/name</c>… (or <c>mentions/0</c>, <c>mentions/1</c>…).
/// </remarks>
internal sealed class CsvFields(IReadOnlyDictionary<string, int> header, string[] cells) : IFieldSource
{
    public string? Text(string name) =>
        Cell(name) ?? (name.Contains('.', StringComparison.Ordinal) ? Cell(name.Replace('.', '/')) : null);

    public IReadOnlyList<string>? Items(string name)
    {
        var slashed = name.Replace('.', '/');
        if (!header.ContainsKey(slashed + "/0") && !header.ContainsKey(slashed + "/0/name"))
        {
            return null;
        }
        var items = new List<string>();
        for (var i = 0; ; i++)
        {
            var prefix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{slashed}/{i}");
            if (!header.ContainsKey(prefix) && !header.ContainsKey(prefix + "/name"))
            {
                return items;
            }
            if ((Cell(prefix + "/name") ?? Cell(prefix)) is { } item)
            {
                items.Add(item);
            }
        }
    }

    private string? Cell(string name)
    {
        if (!header.TryGetValue(name, out var index) || index >= cells.Length)
        {
            return null;
        }
        var cell = cells[index];
        return string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();
    }
}
