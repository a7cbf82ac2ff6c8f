using System.Buffers;
using System.Globalization;

namespace Graywatch.IO;

/// <summary>One cell of a CSV file that Graywatch writes: neutralised against spreadsheet formulas, then quoted when it needs it.</summary>
/// <remarks>
/// A text cell starting with <c>= + - @</c>, a tab or a carriage return gets a leading single quote (OWASP's advice on CSV
/// injection), so a spreadsheet shows it as text instead of running it. Cells are quoted when they hold a comma, a quote,
/// a line break or edge spaces, quotes doubled. Stateless and thread-safe.
/// </remarks>
public static class CsvCell
{
    private static readonly SearchValues<char> FormulaStart = SearchValues.Create("=+-@\t\r");
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>A text cell (a name, an id, a caption): never read as a formula, whatever it holds.</summary>
    public static string Text(string value) => Quoted(Neutral(value));

    /// <summary>A cell of a column that may hold numbers: a number (<c>-5</c>, <c>1e3</c>) stays as it is, any other value is <see cref="Text"/>.</summary>
    public static string Value(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value : Text(value);

    private static string Neutral(string value) =>
        value.Length > 0 && FormulaStart.Contains(value[0]) ? "'" + value : value;

    private static string Quoted(string value) =>
        value.Length > 0 && (value.AsSpan().IndexOfAny(NeedsQuotes) >= 0 || value[0] == ' ' || value[^1] == ' ')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
