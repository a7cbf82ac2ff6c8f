namespace Graywatch.Simulation;

/// <summary>A central point (the capital) of the regions TikTok exports name most, for planting sites near data that carry only a region code.</summary>
internal static class RegionCentres
{
    private static readonly Dictionary<string, (double Lat, double Lon)> Centres = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TW"] = (25.0330, 121.5654), ["HK"] = (22.3193, 114.1694), ["MO"] = (22.1987, 113.5439), ["CN"] = (39.9042, 116.4074),
        ["SG"] = (1.3521, 103.8198), ["MY"] = (3.1390, 101.6869), ["VN"] = (21.0278, 105.8342), ["TH"] = (13.7563, 100.5018),
        ["PH"] = (14.5995, 120.9842), ["ID"] = (-6.2088, 106.8456), ["JP"] = (35.6762, 139.6503), ["KR"] = (37.5665, 126.9780),
        ["IN"] = (28.6139, 77.2090), ["AU"] = (-35.2809, 149.1300), ["NZ"] = (-41.2865, 174.7762), ["US"] = (38.9072, -77.0369),
        ["CA"] = (45.4215, -75.6972), ["MX"] = (19.4326, -99.1332), ["BR"] = (-15.7939, -47.8828), ["GB"] = (51.5072, -0.1276),
        ["IE"] = (53.3498, -6.2603), ["FR"] = (48.8566, 2.3522), ["DE"] = (52.5200, 13.4050), ["NL"] = (52.3676, 4.9041),
        ["ES"] = (40.4168, -3.7038), ["IT"] = (41.9028, 12.4964), ["PL"] = (52.2297, 21.0122), ["UA"] = (50.4501, 30.5234),
        ["RU"] = (55.7558, 37.6173), ["TR"] = (39.9334, 32.8597), ["SA"] = (24.7136, 46.6753), ["AE"] = (24.4539, 54.3773),
        ["EG"] = (30.0444, 31.2357), ["NG"] = (9.0765, 7.3986), ["ZA"] = (-25.7479, 28.2293), ["KE"] = (-1.2921, 36.8219),
    };

    public static (double Lat, double Lon)? Of(string region) => Centres.TryGetValue(region, out var c) ? c : null;
}
