using System.Globalization;
using Graywatch.Readers;
using nietras.SeparatedValues;

namespace Graywatch.Virality;

/// <summary>Reads cascades from CSV: <c>cascade_id,time,magnitude,user</c>, one row per event, times in seconds since the original post.</summary>
/// <remarks>
/// <c>user</c> may be named <c>user_id</c> and is not needed. Without a <c>cascade_id</c> column the whole file is one
/// cascade named after the file. Rows keep their file order within a cascade; cascades are returned in order of first appearance.
/// </remarks>
public static class CascadeCsv
{
    /// <exception cref="InputException">A required column is missing, or a time or magnitude is not a non-negative number.</exception>
    public static IReadOnlyList<Cascade> Read(string path)
    {
        var byId = new Dictionary<string, List<CascadeEvent>>(StringComparer.Ordinal);
        var order = new List<string>();
        var fallbackId = Path.GetFileNameWithoutExtension(path);
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, Sep = new Sep(',') }).FromFile(path);
            var names = reader.Header.ColNames;
            foreach (var required in new[] { "time", "magnitude" })
            {
                if (!names.Contains(required))
                {
                    throw new InputException(path, 1, $"missing column '{required}' in the header (expected cascade_id,time,magnitude,user)");
                }
            }
            var hasId = names.Contains("cascade_id");
            var line = 1L;
            foreach (var row in reader)
            {
                line++;
                var id = hasId ? row["cascade_id"].ToString() : fallbackId;
                var time = Number(row["time"].ToString(), path, line, "time");
                var magnitude = Number(row["magnitude"].ToString(), path, line, "magnitude");
                if (!byId.TryGetValue(id, out var events))
                {
                    byId[id] = events = [];
                    order.Add(id);
                }
                events.Add(new CascadeEvent(time, magnitude));
            }
        }
        catch (IOException ex)
        {
            throw new InputException(path, null, ex.Message);
        }
        catch (InvalidDataException ex)
        {
            throw new InputException(path, null, ex.Message);
        }
        return [.. order.Select(id => new Cascade(id, byId[id]))];
    }

    private static double Number(string text, string path, long line, string column) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 && double.IsFinite(v)
            ? v
            : throw new InputException(path, line, $"{column} must be a non-negative number, not '{text}'");
}
