using System.Globalization;
using System.Text;
using System.Text.Json;
using Graywatch.Readers;
using Graywatch.Readers.Parsing;

namespace Graywatch.Simulation;

/// <summary>Writes a post as a flat JSON item with the keys of the input's first item, in its order and value types (TikAPI-style <c>"authorMeta.name"</c> keys).</summary>
/// <remarks>
/// Each key is filled as the CSV column of the same name would be (<see cref="PostColumns"/> with the format's column map),
/// so counts, times and lists keep the input's notation; a number stays a number, an array an array; a key with nothing
/// to say is left out. Immutable and thread-safe.
/// </remarks>
internal sealed class FlatJsonItemWriter
{
    private readonly CsvLayout _layout;
    private readonly string[] _keys;
    private readonly JsonValueKind[] _kinds;

    private FlatJsonItemWriter(CsvLayout layout, string[] keys, JsonValueKind[] kinds)
    {
        _layout = layout;
        _keys = keys;
        _kinds = kinds;
    }

    /// <summary>The writer for the flat items of <paramref name="sample"/>, or null when its first item nests objects (or cannot be read from the head).</summary>
    public static FlatJsonItemWriter? Of(FileSample sample, ColumnMap map)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(sample.Head), isFinalBlock: false, state: default);
        if (!reader.Read() || (reader.TokenType == JsonTokenType.StartArray && !reader.Read()) || reader.TokenType != JsonTokenType.StartObject
            || !JsonDocument.TryParseValue(ref reader, out var document))
        {
            return null;
        }
        using (document)
        {
            var properties = document.RootElement.EnumerateObject().ToList();
            if (properties.Count == 0 || properties.Any(p => p.Value.ValueKind == JsonValueKind.Object
                || (p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().Any(e => e.ValueKind is JsonValueKind.Object or JsonValueKind.Array))))
            {
                return null;
            }
            // The item seen as a one-row CSV, so that each key's notation is read as a column's would be.
            var head = string.Join(',', properties.Select(p => Quoted(p.Name))) + "\n"
                + string.Join(',', properties.Select(p => Quoted(Cell(p.Value)))) + "\n";
            return new FlatJsonItemWriter(CsvLayout.FromHead(head, map), [.. properties.Select(p => p.Name)], [.. properties.Select(p => p.Value.ValueKind)]);
        }
    }

    public void Write(Utf8JsonWriter w, SimPost post, int roundIndex)
    {
        w.WriteStartObject();
        for (var c = 0; c < _keys.Length; c++)
        {
            var role = _layout.Roles[c];
            if (_kinds[c] == JsonValueKind.Array && role.Index < 0 && role.Kind == ColumnKind.List)
            {
                w.WriteStartArray(_keys[c]);
                foreach (var item in PostColumns.Items(role.Field, post, _layout.Style(c)))
                {
                    w.WriteStringValue(item);
                }
                w.WriteEndArray();
                continue;
            }
            var cell = PostColumns.Cell(_layout, c, post, roundIndex, 0);
            if (cell.Length == 0)
            {
                continue;
            }
            switch (_kinds[c])
            {
                case JsonValueKind.Number when decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _):
                    w.WritePropertyName(_keys[c]);
                    w.WriteRawValue(cell);
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    w.WriteBoolean(_keys[c], cell.Equals("true", StringComparison.OrdinalIgnoreCase));
                    break;
                default:
                    w.WriteString(_keys[c], cell);
                    break;
            }
        }
        w.WriteEndObject();
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Cell)),
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };

    private static string Quoted(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
