namespace Graywatch.Coordination;

/// <summary>The command-line names of <see cref="ObjectKind"/>: <c>hashtag</c>, <c>hashtag-set</c>, <c>sound</c>, … .</summary>
public static class ObjectKinds
{
    private static readonly (string Name, ObjectKind Kind)[] s_names =
    [
        ("hashtag", ObjectKind.Hashtag),
        ("hashtag-set", ObjectKind.HashtagSet),
        ("sound", ObjectKind.Sound),
        ("effect", ObjectKind.Effect),
        ("caption", ObjectKind.Caption),
        ("near-caption", ObjectKind.NearCaption),
        ("url", ObjectKind.Url),
        ("repost", ObjectKind.Repost),
        ("duet", ObjectKind.Duet),
        ("cotemporal-hashtag", ObjectKind.CotemporalHashtag),
    ];

    /// <summary>Every name, in documentation order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_names.Select(n => n.Name)];

    public static bool TryParse(string? name, out ObjectKind kind)
    {
        foreach (var (n, k) in s_names)
        {
            if (string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static string Name(ObjectKind kind) => s_names.First(n => n.Kind == kind).Name;
}
