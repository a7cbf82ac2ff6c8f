using Graywatch.Sites;

namespace Graywatch.Exposure;

/// <summary>Places a post at sites: by its coordinates, else its place tag (site names, aliases, then a gazetteer), else the site names its words mention.</summary>
/// <remarks>
/// One Aho–Corasick automaton holds every site name and alias (Latin names of 3 or more characters, others of 2 or more)
/// and every watch-list term. Confidence: coordinates inside a site 0.95, in its vicinity 0.5–0.9 falling with distance;
/// a place tag equal to a site name 0.85, containing one 0.7; a gazetteer place inside 0.7, near 0.5; a mention 0.4.
/// Thread-safe once built.
/// </remarks>
public sealed class PostLocator
{
    private readonly SiteRegistry _sites;
    private readonly SiteIndex _index;
    private readonly TermMatcher<int> _words;
    private readonly Dictionary<string, int> _exactNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Lat, double Lon)> _gazetteer = new(StringComparer.Ordinal);

    public PostLocator(SiteRegistry sites, SiteIndex index, ExposureWatchList watch, SiteRegistry? gazetteer = null)
    {
        _sites = sites;
        _index = index;
        var terms = new List<(string, int)>();
        foreach (var site in sites.Sites)
        {
            foreach (var name in site.Names)
            {
                var key = Normalize(name);
                _exactNames.TryAdd(key, site.Index);
                if (key.Length >= (key.All(char.IsAscii) ? 3 : 2))
                {
                    terms.Add((key, site.Index));
                }
            }
        }
        terms.AddRange(watch.Terms.Select(t => (t.Term, -1 - (int)t.Category)));
        _words = new TermMatcher<int>(terms);
        if (gazetteer is not null)
        {
            foreach (var place in gazetteer.Sites)
            {
                foreach (var name in place.Names)
                {
                    _gazetteer.TryAdd(Normalize(name), (place.Latitude, place.Longitude));
                }
            }
        }
    }

    public SiteRegistry Sites => _sites;

    public SiteIndex Index => _index;

    /// <summary>Site names and watch-list terms in the given texts.</summary>
    public TextMatch Words(params ReadOnlySpan<string?> texts)
    {
        List<(int, string)>? sites = null;
        List<(WatchCategory, string)>? watch = null;
        foreach (var text in texts)
        {
            foreach (var (term, value, _) in _words.Matches(text))
            {
                if (value >= 0)
                {
                    (sites ??= []).Add((value, term));
                }
                else
                {
                    (watch ??= []).Add(((WatchCategory)(-1 - value), term));
                }
            }
        }
        return sites is null && watch is null ? TextMatch.None : new TextMatch(sites ?? [], watch ?? []);
    }

    /// <summary>Where the post is, by the surest means available; empty when it cannot be placed at any site.</summary>
    public List<Placement> Place(string postId, string? authorId, DateTimeOffset? createdAt, double? lat, double? lon, string? place, TextMatch words)
    {
        var result = new List<Placement>();
        if (lat is { } y && lon is { } x && Haversine.IsValid(y, x))
        {
            foreach (var hit in _index.Locate(y, x))
            {
                result.Add(new Placement(postId, authorId, createdAt, hit.Site.Index, PlacementMethod.Coordinates, CoordinateConfidence(hit, 0.95, 0.5, 0.9),
                    Math.Round(hit.DistanceMeters, 1), hit.Inside, place, y, x));
            }
            return result;
        }
        if (!string.IsNullOrWhiteSpace(place))
        {
            var key = Normalize(place);
            if (_exactNames.TryGetValue(key, out var exact))
            {
                result.Add(new Placement(postId, authorId, createdAt, exact, PlacementMethod.PlaceTag, 0.85, null, true, place));
                return result;
            }
            var named = _words.Matches(key).Where(m => m.Value >= 0).Select(m => m.Value).Distinct().ToList();
            if (named.Count > 0)
            {
                result.AddRange(named.Select(s => new Placement(postId, authorId, createdAt, s, PlacementMethod.PlaceTag, 0.7, null, true, place)));
                return result;
            }
            if (_gazetteer.TryGetValue(key, out var g))
            {
                result.AddRange(_index.Locate(g.Lat, g.Lon).Select(hit => new Placement(postId, authorId, createdAt, hit.Site.Index, PlacementMethod.Gazetteer,
                    CoordinateConfidence(hit, 0.7, 0.3, 0.5), Math.Round(hit.DistanceMeters, 1), hit.Inside, place)));
                if (result.Count > 0)
                {
                    return result;
                }
            }
        }
        foreach (var (site, term) in words.Sites.DistinctBy(s => s.Site))
        {
            result.Add(new Placement(postId, authorId, createdAt, site, PlacementMethod.Mention, 0.4, null, false, term));
        }
        return result;
    }

    private double CoordinateConfidence(SiteHit hit, double inside, double low, double high) =>
        hit.Inside ? inside : Math.Round(low + ((high - low) * (1 - Math.Min(1, hit.BeyondMeters / Math.Max(1, _index.VicinityMeters)))), 3);

    /// <summary>Lower-cased, trimmed, inner runs of white space made one space.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Trim().ToLowerInvariant().Split((char[])[' ', '\t', '\n', '\r', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
}
