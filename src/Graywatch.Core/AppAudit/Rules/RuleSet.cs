using System.Text.Json;
using System.Text.Json.Serialization;
using Graywatch.Assets;

namespace Graywatch.AppAudit.Rules;

/// <summary>The rules an audit applies and the reflection APIs that make a loaded method name suspicious.</summary>
/// <remarks>Immutable. <see cref="Default"/> is the shipped set; <see cref="With"/> adds a user's file (same id replaces).</remarks>
public sealed record RuleSet
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public IReadOnlyList<AuditRule> Rules { get; init; } = [];

    /// <summary>Calls (<c>Lclass;->name</c>) that invoke a method by name, for <see cref="RuleMatcher.Reflected"/>.</summary>
    public IReadOnlyList<string> ReflectionApis { get; init; } = [];

    /// <summary>The shipped rules.</summary>
    public static RuleSet Default { get; } = Parse(EmbeddedAssets.Resource("app-audit/rules.json"), "rules.json");

    /// <summary>Reads a rules file; errors name the file.</summary>
    public static RuleSet Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new AppAuditException($"{path}: {ex.Message}", ex);
        }
        return Parse(text, path);
    }

    /// <summary>Parses rules JSON and checks every matcher.</summary>
    public static RuleSet Parse(string json, string source)
    {
        RuleSet? set;
        try
        {
            set = JsonSerializer.Deserialize<RuleSet>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new AppAuditException($"{source}: not a valid rules file ({ex.Message})", ex);
        }
        if (set is null)
        {
            throw new AppAuditException($"{source}: empty rules file");
        }
        foreach (var rule in set.Rules)
        {
            foreach (var m in rule.Match)
            {
                var kinds = new[] { m.Call, m.Field, m.Constant, m.Reflected }.Count(v => !string.IsNullOrEmpty(v));
                if (kinds != 1 || (m.WithString is not null && m.Reflected is not null))
                {
                    throw new AppAuditException($"{source}: rule {rule.Id} has a matcher that must set exactly one of call, field, string or reflected (with_string not with reflected)");
                }
                if ((m.Call ?? m.Field) is { } member && !member.Contains(";->", StringComparison.Ordinal))
                {
                    throw new AppAuditException($"{source}: rule {rule.Id}: '{member}' is not of the form Lpackage/Class;->name");
                }
            }
        }
        return set;
    }

    /// <summary>This set plus <paramref name="extra"/>: rules with the same id are replaced, new ones appended.</summary>
    public RuleSet With(RuleSet extra)
    {
        var ids = extra.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return new RuleSet
        {
            Rules = [.. Rules.Where(r => !ids.Contains(r.Id)), .. extra.Rules],
            ReflectionApis = [.. ReflectionApis.Union(extra.ReflectionApis, StringComparer.Ordinal)],
        };
    }
}
