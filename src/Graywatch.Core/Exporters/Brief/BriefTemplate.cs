using System.Text.RegularExpressions;

namespace Graywatch.Exporters.Brief;

/// <summary>Fills <c>{{name}}</c> slots of a template in one pass, so a value that contains a slot is never expanded.</summary>
internal static partial class BriefTemplate
{
    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Slot().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v)
            ? v
            : throw new InvalidOperationException($"the template slot {m.Value} has no value"));

    [GeneratedRegex(@"\{\{([a-z_]+)\}\}")]
    private static partial Regex Slot();
}
