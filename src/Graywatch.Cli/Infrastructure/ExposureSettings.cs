using Graywatch.Detectors;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Folds the exposure options of the command line (<c>--sites</c>, <c>--site-columns</c>, <c>--radius</c>, <c>--gazetteer</c>) over the configured detector settings.</summary>
public static class ExposureSettings
{
    public static DetectorSettings With(IReadOnlyDictionary<string, string> configured, string? sites, string? columns = null, string? radius = null, string? gazetteer = null)
    {
        var values = new Dictionary<string, string>(configured, StringComparer.OrdinalIgnoreCase);
        Set("exposure.sites", sites);
        Set("exposure.site_columns", columns);
        Set("exposure.radius", radius);
        Set("exposure.gazetteer", gazetteer);
        return new DetectorSettings(values);

        void Set(string key, string? value)
        {
            if (value is not null)
            {
                values[key] = value;
            }
        }
    }
}
