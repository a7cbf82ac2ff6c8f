using System.Globalization;

namespace Graywatch.Trends;

/// <summary>SQL literals for values the trends queries inline (quoted, quotes doubled), so one query needs no parameter bookkeeping.</summary>
internal static class Sql
{
    public static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string TextList(IEnumerable<string> values)
    {
        var items = values.Select(Text).ToList();
        return items.Count == 0 ? "[]::VARCHAR[]" : "[" + string.Join(", ", items) + "]";
    }

    public static string Time(DateTimeOffset t) =>
        "TIMESTAMPTZ '" + t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00'";

    public static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The normalised hashtags of a post: lower case, without a leading '#', distinct, none empty.</summary>
    public const string Tags = "list_distinct(list_filter(list_transform(coalesce(hashtags, []::VARCHAR[]), h -> lower(ltrim(h, '#'))), x -> x <> ''))";

    public static DateTimeOffset FromMicros(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * TimeSpan.TicksPerMicrosecond);
}
