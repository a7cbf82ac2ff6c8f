using System.Globalization;
using System.Text.Json;
using Graywatch.Readers;

namespace Graywatch.Configuration;

/// <summary>The configuration file: reader options and detector settings, flattened to <c>a.b.c</c> keys.</summary>
/// <remarks>
/// The file is JSON: <c>{"readers": {"platform": "twitter"}, "detectors": {"overview.top": 20}}</c>.
/// Nested objects flatten with dots; arrays join with commas. Immutable.
/// </remarks>
public sealed class GraywatchConfig
{
    private GraywatchConfig(IReadOnlyDictionary<string, string> readers, IReadOnlyDictionary<string, string> detectors)
    {
        Readers = readers;
        Detectors = detectors;
    }

    public static GraywatchConfig Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Readers { get; }
    public IReadOnlyDictionary<string, string> Detectors { get; }

    /// <summary>Loads a configuration file, or returns <see cref="Empty"/> for null.</summary>
    /// <exception cref="InputException">The file is missing, not valid JSON (with the line), or sets a key no code reads (see <see cref="SettingKeys"/>).</exception>
    public static GraywatchConfig Load(string? path)
    {
        if (path is null)
        {
            return Empty;
        }
        if (!File.Exists(path))
        {
            throw new InputException(path, null, "configuration file not found");
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(path, 1, "the configuration must be a JSON object");
            }
            var readers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var detectors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var section in doc.RootElement.EnumerateObject())
            {
                switch (section.Name.ToLowerInvariant())
                {
                    case "readers":
                        Flatten(section.Value, "", readers);
                        break;
                    case "detectors":
                        Flatten(section.Value, "", detectors);
                        break;
                    default:
                        throw new InputException(path, null, $"unknown section '{section.Name}' (expected 'readers' or 'detectors')");
                }
            }
            foreach (var (section, values) in new[] { ("readers", readers), ("detectors", detectors) })
            {
                if (values.Keys.Select(k => SettingKeys.Unknown(section, k)).FirstOrDefault(r => r is not null) is { } reason)
                {
                    throw new InputException(path, null, reason);
                }
            }
            return new GraywatchConfig(readers, detectors);
        }
        catch (JsonException ex)
        {
            throw new InputException(path, (ex.LineNumber ?? 0) + 1, $"invalid JSON: {ex.Message}");
        }
    }

    private static void Flatten(JsonElement e, string prefix, Dictionary<string, string> into)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Flatten(p.Value, prefix.Length == 0 ? p.Name : $"{prefix}.{p.Name}", into);
                }
                break;
            case JsonValueKind.Array:
                into[prefix] = string.Join(',', e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.GetRawText()));
                break;
            case JsonValueKind.String:
                into[prefix] = e.GetString() ?? "";
                break;
            case JsonValueKind.Number:
                into[prefix] = e.GetRawText();
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                into[prefix] = e.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant();
                break;
            default:
                break;
        }
    }
}
