namespace Graywatch.Sites;

/// <summary>Great-circle distances on a spherical earth (radius 6,371,008.8 m) and metre/degree conversions.</summary>
public static class Haversine
{
    public const double EarthRadiusMeters = 6_371_008.8;

    /// <summary>Metres per degree of latitude.</summary>
    public const double MetersPerDegree = EarthRadiusMeters * Math.PI / 180;

    /// <summary>Great-circle distance in metres between two WGS 84 positions.</summary>
    public static double Meters(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = (lat2 - lat1) * (Math.PI / 180);
        var dLon = (lon2 - lon1) * (Math.PI / 180);
        var s1 = Math.Sin(dLat / 2);
        var s2 = Math.Sin(dLon / 2);
        var a = (s1 * s1) + (Math.Cos(lat1 * (Math.PI / 180)) * Math.Cos(lat2 * (Math.PI / 180)) * s2 * s2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Degrees of longitude that span at least <paramref name="meters"/> at latitude <paramref name="lat"/> (capped at 180).</summary>
    public static double LonDegrees(double meters, double lat)
    {
        var cos = Math.Cos(Math.Min(89.9, Math.Abs(lat)) * (Math.PI / 180));
        return Math.Min(180, meters / (MetersPerDegree * cos));
    }

    /// <summary>True for a usable WGS 84 position (not NaN, in range, and not the 0,0 placeholder).</summary>
    public static bool IsValid(double lat, double lon) =>
        lat is >= -90 and <= 90 && lon is >= -180 and <= 180 && !(lat == 0 && lon == 0);
}
