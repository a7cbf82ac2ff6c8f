namespace Graywatch.Simulation;

/// <summary>The made-up sites written to <c>sites.csv</c>: one sensitive military site and four decoys.</summary>
internal static class SiteCatalog
{
    public static readonly SimSite Sensitive = new(
        "Qingshan Air Base", "青山空軍基地", 23.846210, 120.912470, 800, "military",
        ["Qingshan AB", "青山基地", "青山空军基地", "Qingshan Base"]);

    public static readonly SimSite[] Decoys =
    [
        new("Lakeside Night Market", "湖畔夜市", 23.902150, 120.884310, 300, "market", ["Lakeside Market", "湖畔觀光夜市"]),
        new("Central Railway Station", "中央車站", 23.871930, 120.851640, 400, "transport", ["Central Station", "中央火车站"]),
        new("Hillview University", "山景大學", 23.812740, 120.958820, 600, "education", ["HVU", "山景大学"]),
        new("Riverside Stadium", "河濱體育場", 23.889410, 120.969250, 350, "venue", ["Riverside Arena", "河滨体育场"]),
    ];

    public static IEnumerable<SimSite> All => [Sensitive, .. Decoys];
}
