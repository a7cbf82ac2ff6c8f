using Graywatch.Readers;
using Graywatch.Sites;

namespace Graywatch.Simulation;

/// <summary>Where and when planted threats go in real data: a window at the end of the data's span, sites near the data's area, accounts like the data's.</summary>
/// <remarks>
/// The window ends at the 99th percentile of the posts' creation times (the latest one with fewer than 100 posts), rounded up
/// to the hour, and reaches back to the 10th percentile, between 3 and <see cref="PlantIntoOptions.MaxDays"/> days. The sites
/// come from the site file, else lie 6–15 km from the median of the posts' coordinates (away from every real located post),
/// else near the capital of their most common region code, else in the default area of <c>simulate</c> (Qingshan, Taiwan).
/// The accounts' local time is the sensitive site's longitude hour zone, as the exposure analysis reads it.
/// </remarks>
internal sealed record PlantingFrame(long StartUnix, int Days, long ObservedUnix, SiteCatalog Sites, string AreaFrom, TimeSpan LocalOffset,
    PopulationProfile Profile, ReachByFollowers Reach, IReadOnlyList<string> Notices)
{
    public long EndUnix => StartUnix + (Days * 86_400L);

    public static PlantingFrame Of(RealDataSurvey survey, PlantIntoOptions options, Random random)
    {
        var notices = new List<string>();
        var created = survey.CreatedSorted;
        var n = created.Length;
        var last = n >= 100 ? created[(int)(0.99 * (n - 1))] : created[^1];
        var first = n >= 100 ? created[(int)(0.10 * (n - 1))] : created[0];
        var end = ((last + 3599) / 3600) * 3600;
        var days = (int)Math.Clamp(Math.Ceiling((end - first) / 86_400.0), 3, PlantIntoOptions.MaxDays);
        if (end - first < 3 * 86_400L)
        {
            notices.Add($"The real posts span {(end - first) / 86_400.0:0.#} days; the planted threats need 3, so they start before the first real post.");
        }
        var year = DateTimeOffset.FromUnixTimeSeconds(end).Year;
        if (year is < 2016 or > 2037)
        {
            throw new InputException(options.Inputs[0], null, $"the posts end in {year}: planted TikTok-like ids need a time between 2016 and 2037");
        }

        var (sites, from) = Area(survey, options, random, notices);
        var offset = TimeSpan.FromHours(Math.Clamp(Math.Round(sites.Sensitive.Longitude / 15), -12, 14));
        return new PlantingFrame(end - (days * 86_400L), days, end + (6 * 3600), sites, from, offset, ProfileOf(survey), new ReachByFollowers(survey.Reach), notices);
    }

    private static (SiteCatalog Sites, string From) Area(RealDataSurvey survey, PlantIntoOptions options, Random random, List<string> notices)
    {
        if (options.SitesFile is { } file)
        {
            var registry = SiteFileReader.Load(file);
            var site = registry.Sites.FirstOrDefault(s => s.Category?.Contains("military", StringComparison.OrdinalIgnoreCase) == true)
                ?? (registry.Count > 0 ? registry.Sites[0] : null)
                ?? throw new InputException(file, null, "no site could be read from the site file");
            return (SiteCatalog.Only(new SimSite(site.Name, site.Aliases.Count > 0 ? site.Aliases[0] : site.Name, Math.Round(site.Latitude, 6), Math.Round(site.Longitude, 6),
                Math.Max(200, site.RadiusMeters), site.Category ?? "military", [.. site.Aliases.Skip(1)])), "sites-file");
        }
        if (survey.Located.Count >= 10)
        {
            var lat = Median(survey.Located.Select(p => p.Lat));
            var lon = Median(survey.Located.Select(p => p.Lon));
            var (siteLat, siteLon) = AwayFromRealPosts(random, lat, lon, survey.Located);
            return (SiteCatalog.Default.MovedTo(siteLat, siteLon), "coordinates");
        }
        if (survey.Region is { } region && RegionCentres.Of(region) is { } centre)
        {
            var (siteLat, siteLon) = AwayFromRealPosts(random, centre.Lat, centre.Lon, []);
            return (SiteCatalog.Default.MovedTo(siteLat, siteLon), $"region {region}");
        }
        notices.Add("The data carry no coordinates and no known region code: the sites are in the default area of simulate (Qingshan, Taiwan, UTC+8).");
        return (SiteCatalog.Default, "default");
    }

    /// <summary>A point 6–15 km from the centre with no real located post within 3 km (the fewest, after 64 tries).</summary>
    private static (double Lat, double Lon) AwayFromRealPosts(Random random, double lat, double lon, IReadOnlyList<(double Lat, double Lon)> located)
    {
        (double Lat, double Lon) best = (lat, lon);
        var fewest = int.MaxValue;
        for (var i = 0; i < 64 && fewest > 0; i++)
        {
            var candidate = Geo.Jitter(random, lat, lon, 6000, 15_000);
            var near = located.Count(p => Geo.DistanceMeters(p.Lat, p.Lon, candidate.Lat, candidate.Lon) < 3000);
            if (near < fewest)
            {
                (best, fewest) = (candidate, near);
            }
        }
        return best;
    }

    private static PopulationProfile ProfileOf(RealDataSurvey survey)
    {
        var followers = survey.Followers.Values.Where(f => f > 0).Order().ToArray();
        var chinese = survey.Posts == 0 ? 0 : (double)survey.CjkPosts / survey.Posts;
        var traditional = (survey.TraditionalPosts + 1.0) / (survey.TraditionalPosts + survey.SimplifiedPosts + 2.0);
        return new PopulationProfile
        {
            EnglishShare = 1 - chinese,
            EnglishOrTraditionalShare = 1 - chinese + (chinese * traditional),
            // Resampled with a little jitter, so planted authors are as large as the data's without copying a real count.
            OrdinaryFollowers = followers.Length >= 20 ? r => Math.Max(0, followers[r.Next(followers.Length)] * Math.Exp(0.1 * Population.Gaussian(r))) : null,
            TakenHandles = survey.Handles,
            Region = survey.Region,
        };
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
