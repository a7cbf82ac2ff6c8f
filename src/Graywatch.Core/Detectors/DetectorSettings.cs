using System.Globalization;

namespace Graywatch.Detectors;

/// <summary>Flat key/value settings (<c>detector.key</c>) with typed, defaulted getters.</summary>
/// <remarks>Keys are case-insensitive. Immutable once built.</remarks>
public sealed class DetectorSettings
{
    private readonly Dictionary<string, string> _values;

    public DetectorSettings(IReadOnlyDictionary<string, string>? values = null)
    {
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (values is not null)
        {
            foreach (var (k, v) in values)
            {
                _values[k] = v;
            }
        }
    }

    public static DetectorSettings Empty { get; } = new();

    public IReadOnlyDictionary<string, string> Values => _values;

    public string? Get(string key) => _values.TryGetValue(key, out var v) ? v : null;

    public string Get(string key, string fallback) => Get(key) ?? fallback;

    public double Get(string key, double fallback) =>
        Get(key) is { } v && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : fallback;

    public int Get(string key, int fallback) =>
        Get(key) is { } v && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : fallback;
}
