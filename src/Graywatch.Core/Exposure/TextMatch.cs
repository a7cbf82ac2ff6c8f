namespace Graywatch.Exposure;

/// <summary>What one post's words name: sites (by name or alias) and watch-list terms by category.</summary>
public sealed record TextMatch(IReadOnlyList<(int Site, string Term)> Sites, IReadOnlyList<(WatchCategory Category, string Term)> Watch)
{
    public static TextMatch None { get; } = new([], []);

    public bool ShowsSite => Watch.Any(w => w.Category is WatchCategory.Equipment or WatchCategory.Activity);
}
