namespace Graywatch.Simulation;

/// <summary>Small spherical-earth helpers for placing and checking coordinates.</summary>
internal static class Geo
{
    private const double EarthRadiusMeters = 6_371_000;

    /// <summary>Great-circle distance in metres.</summary>
    public static double DistanceMeters(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = ToRadians(lat2 - lat1);
        var dLon = ToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A point a uniformly random distance in [0, <paramref name="maxMeters"/>] from the centre, rounded to 6 decimals.</summary>
    public static (double Lat, double Lon) Jitter(Random random, double lat, double lon, double minMeters, double maxMeters)
    {
        var distance = minMeters + (Math.Sqrt(random.NextDouble()) * (maxMeters - minMeters));
        var bearing = random.NextDouble() * 2 * Math.PI;
        var dLat = distance * Math.Cos(bearing) / EarthRadiusMeters;
        var dLon = distance * Math.Sin(bearing) / (EarthRadiusMeters * Math.Cos(ToRadians(lat)));
        return (Math.Round(lat + (dLat * 180 / Math.PI), 6), Math.Round(lon + (dLon * 180 / Math.PI), 6));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
