namespace Graywatch.Simulation;

/// <summary>The made-up sites written to <c>sites.csv</c>: one sensitive military site and its decoys.</summary>
/// <remarks><see cref="Default"/> lies in Taiwan (Qingshan, UTC+8); <see cref="MovedTo"/> keeps its layout around another place. Immutable.</remarks>
internal sealed record SiteCatalog(SimSite Sensitive, IReadOnlyList<SimSite> Decoys)
{
    public static readonly SiteCatalog Default = new(
        new("Qingshan Air Base", "青山空軍基地", 23.846210, 120.912470, 800, "military", ["Qingshan AB", "青山基地", "青山空军基地", "Qingshan Base"]),
        [
            new("Lakeside Night Market", "湖畔夜市", 23.902150, 120.884310, 300, "market", ["Lakeside Market", "湖畔觀光夜市"]),
            new("Central Railway Station", "中央車站", 23.871930, 120.851640, 400, "transport", ["Central Station", "中央火车站"]),
            new("Hillview University", "山景大學", 23.812740, 120.958820, 600, "education", ["HVU", "山景大学"]),
            new("Riverside Stadium", "河濱體育場", 23.889410, 120.969250, 350, "venue", ["Riverside Arena", "河滨体育场"]),
        ]);

    public IEnumerable<SimSite> All => [Sensitive, .. Decoys];

    /// <summary>The same sites with the sensitive one at (<paramref name="lat"/>, <paramref name="lon"/>) and the decoys at the same distances and bearings from it.</summary>
    public SiteCatalog MovedTo(double lat, double lon)
    {
        var scale = Math.Cos(Sensitive.Latitude * Math.PI / 180) / Math.Max(0.01, Math.Cos(lat * Math.PI / 180));
        SimSite Move(SimSite s) => s with
        {
            Latitude = Math.Round(lat + (s.Latitude - Sensitive.Latitude), 6),
            Longitude = Math.Round(WrapLongitude(lon + ((s.Longitude - Sensitive.Longitude) * scale)), 6),
        };
        return new SiteCatalog(Move(Sensitive), [.. Decoys.Select(Move)]);
    }

    /// <summary>Only <paramref name="site"/>, without decoys (a site the user named).</summary>
    public static SiteCatalog Only(SimSite site) => new(site, []);

    private static double WrapLongitude(double lon) => lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
}
