using System.Globalization;

namespace Graywatch.TextTuner;

/// <summary>The tuner's command line: <c>--name value</c> pairs and repeated <c>--meta key=value</c>.</summary>
internal sealed class TunerOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, string>> Meta { get; } = [];

    public static TunerOptions Parse(IEnumerable<string> args)
    {
        var options = new TunerOptions();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !e.MoveNext())
            {
                throw new ArgumentException($"expected --name VALUE, got '{name}'");
            }
            if (name == "--meta")
            {
                var eq = e.Current.IndexOf('=');
                if (eq <= 0)
                {
                    throw new ArgumentException($"--meta wants key=value, got '{e.Current}'");
                }
                options.Meta.Add(new(e.Current[..eq], e.Current[(eq + 1)..]));
            }
            else
            {
                options._values[name[2..]] = e.Current;
            }
        }
        return options;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public string Require(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) => Get(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
