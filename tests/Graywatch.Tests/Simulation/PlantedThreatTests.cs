using System.Text.Json;

namespace Graywatch.Tests.Simulation;

public sealed class PlantedThreatTests(SimulatedSample sample) : IClassFixture<SimulatedSample>
{
    private static List<string> Ids(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void Every_post_the_truth_names_exists_in_the_output()
    {
        var named = sample.Truth.GetProperty("threats").EnumerateArray()
            .SelectMany(t => t.EnumerateObject())
            .Where(p => p.Name.EndsWith("PostIds", StringComparison.Ordinal) || p.Name == "postIds")
            .SelectMany(p => Ids(p.Value))
            .ToList();
        Assert.NotEmpty(named);
        Assert.All(named, id => Assert.True(sample.Items.ContainsKey(id), id));
    }

    [Fact]
    public void The_coordination_ring_posts_each_burst_within_30_seconds_with_one_hashtag_and_one_sound()
    {
        var ring = sample.Threat("coordination-ring");
        var hashtag = ring.GetProperty("hashtag").GetString()!;
        var sound = ring.GetProperty("soundId").GetString()!;
        var members = ring.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToHashSet();
        Assert.InRange(members.Count, 8, 12);
        var bursts = ring.GetProperty("bursts").EnumerateArray().ToList();
        Assert.True(bursts.Count >= 3);
        foreach (var burst in bursts)
        {
            var posts = Ids(burst.GetProperty("postIds")).Select(id => sample.Items[id]).ToList();
            Assert.True(posts.Count >= 7);
            var times = posts.Select(p => p.GetProperty("createTime").GetInt64()).ToList();
            Assert.InRange(times.Max() - times.Min(), 0, 30);
            Assert.All(posts, p =>
            {
                Assert.Contains("#" + hashtag, p.GetProperty("desc").GetString()!, StringComparison.Ordinal);
                Assert.Equal(sound, p.GetProperty("music").GetProperty("id").GetString());
                Assert.Contains(p.GetProperty("author").GetProperty("id").GetString()!, members);
            });
            Assert.Equal(posts.Count, posts.Select(p => p.GetProperty("author").GetProperty("id").GetString()).Distinct().Count());
        }
    }

    [Fact]
    public void The_harmful_challenge_grows_then_decays_among_many_distinct_authors()
    {
        var challenge = sample.Threat("harmful-challenge");
        var daily = challenge.GetProperty("dailyCounts").EnumerateArray().Select(d => d.GetProperty("posts").GetInt32()).ToList();
        var peak = daily.IndexOf(daily.Max());
        Assert.InRange(peak, 1, daily.Count - 2);
        Assert.True(daily[0] < daily[peak] && daily[^1] < daily[peak]);
        var posts = Ids(challenge.GetProperty("postIds")).Select(id => sample.Items[id]).ToList();
        Assert.Equal(daily.Sum(), posts.Count);
        Assert.True(posts.Select(p => p.GetProperty("author").GetProperty("id").GetString()).Distinct().Count() > posts.Count * 0.8);
        var words = challenge.GetProperty("dangerWords").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.All(posts, p => Assert.Contains(words, w => p.GetProperty("desc").GetString()!.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void The_anger_surge_turns_angry_with_calls_to_gather_in_the_last_days()
    {
        var anger = sample.Threat("anger-surge");
        var surgeStart = DateTimeOffset.Parse(anger.GetProperty("surgeStart").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();
        var angry = Ids(anger.GetProperty("angryPostIds")).Select(id => sample.Items[id]).ToList();
        var calm = Ids(anger.GetProperty("calmPostIds")).Select(id => sample.Items[id]).ToList();
        Assert.True(angry.Count > calm.Count(p => p.GetProperty("createTime").GetInt64() >= surgeStart) * 3);
        Assert.All(angry, p => Assert.True(p.GetProperty("createTime").GetInt64() >= surgeStart));
        var words = anger.GetProperty("angerWords").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.All(angry, p => Assert.Contains(words, w => p.GetProperty("desc").GetString()!.Contains(w, StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(angry, p => p.GetProperty("desc").GetString()!.Contains("tomorrow at 3pm", StringComparison.Ordinal));
        Assert.Contains(angry, p => p.GetProperty("desc").GetString()!.Contains("明天下午三點", StringComparison.Ordinal));
    }

    [Fact]
    public void The_viral_post_far_exceeds_its_authors_followers_and_its_peers()
    {
        var viral = sample.Threat("viral-outlier");
        var lastRound = sample.Rounds[^1].Single(l => l.GetProperty("id").GetString() == viral.GetProperty("postId").GetString()).GetProperty("data");
        var followers = lastRound.GetProperty("authorStats").GetProperty("followerCount").GetInt64();
        Assert.InRange(followers, 100, 999);
        var views = lastRound.GetProperty("stats").GetProperty("playCount").GetInt64();
        Assert.True(views > 100 * followers, $"{views} views, {followers} followers");
        Assert.True(viral.GetProperty("viewsOverPeerMedian").GetDouble() > 300);
        var byRound = viral.GetProperty("viewsByRound").EnumerateArray().Select(v => v.GetInt64()).ToList();
        Assert.True(byRound[^1] > byRound[0]);
    }

    [Fact]
    public void Site_clustered_posts_lie_within_the_site_radius_on_weekdays_in_working_hours_and_elsewhere_otherwise()
    {
        var exposure = sample.Threat("site-exposure");
        var site = exposure.GetProperty("site");
        var (lat, lon, radius) = (site.GetProperty("lat").GetDouble(), site.GetProperty("lon").GetDouble(), site.GetProperty("radiusM").GetDouble());
        var accounts = exposure.GetProperty("accounts").EnumerateArray().ToList();
        Assert.InRange(accounts.Count, 3, 5);
        foreach (var account in accounts)
        {
            var atSite = Ids(account.GetProperty("sitePostIds")).Select(id => sample.Items[id]).ToList();
            var atHome = Ids(account.GetProperty("homePostIds")).Select(id => sample.Items[id]).ToList();
            Assert.True(atSite.Count >= 5 && atHome.Count >= 3);
            Assert.All(atSite, p =>
            {
                Assert.True(Distance(p, lat, lon) <= radius, $"{Distance(p, lat, lon)} m");
                var local = DateTimeOffset.FromUnixTimeSeconds(p.GetProperty("createTime").GetInt64()).ToOffset(TimeSpan.FromHours(8));
                Assert.True(local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
                Assert.InRange(local.Hour, 8, 17);
            });
            Assert.All(atHome, p => Assert.True(Distance(p, lat, lon) > 3 * radius));
        }
    }

    [Fact]
    public void Only_site_clustered_posts_carry_coordinates()
    {
        var exposure = sample.Threat("site-exposure");
        var clustered = exposure.GetProperty("accounts").EnumerateArray()
            .SelectMany(a => Ids(a.GetProperty("sitePostIds")).Concat(Ids(a.GetProperty("homePostIds")))).ToHashSet();
        var withCoordinates = sample.Items.Where(kv => kv.Value.TryGetProperty("poi", out var poi) && poi.TryGetProperty("lat", out _)).Select(kv => kv.Key).ToHashSet();
        Assert.Equal(clustered, withCoordinates);
    }

    private static double Distance(JsonElement item, double lat, double lon)
    {
        var poi = item.GetProperty("poi");
        var (pLat, pLon) = (poi.GetProperty("lat").GetDouble(), poi.GetProperty("lng").GetDouble());
        var dLat = (pLat - lat) * Math.PI / 180;
        var dLon = (pLon - lon) * Math.PI / 180;
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat * Math.PI / 180) * Math.Cos(pLat * Math.PI / 180) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * 6_371_000 * Math.Asin(Math.Sqrt(a));
    }
}
