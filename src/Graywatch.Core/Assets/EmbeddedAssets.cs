using System.Collections.Concurrent;

namespace Graywatch.Assets;

/// <summary>Text files embedded in the core library: ECharts and the report templates under <c>Resources/</c>.</summary>
/// <remarks>Each resource is read once and cached. Thread-safe.</remarks>
public static class EmbeddedAssets
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The minified ECharts build restored from <c>web/package-lock.json</c>.</summary>
    public static string ECharts => Read("Graywatch.Assets.echarts.min.js");

    /// <summary>The <c>world-atlas</c> country outlines (TopoJSON, 1:110m) restored from <c>web/package-lock.json</c>.</summary>
    public static string WorldAtlas => Read("Graywatch.Assets.countries-110m.json");

    /// <summary>A file from <c>src/Graywatch.Core/Resources/</c>, by its path there, such as <c>brief.html</c>.</summary>
    public static string Resource(string path) => Read("Graywatch.Resources." + path);

    private static string Read(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream(n)
            ?? throw new InvalidOperationException($"the embedded resource {n} is missing from this build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
