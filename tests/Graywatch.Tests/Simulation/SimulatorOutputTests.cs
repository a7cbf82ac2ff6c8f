using System.Buffers;
using Graywatch.Simulation;

namespace Graywatch.Tests.Simulation;

public sealed class SimulatorOutputTests(SimulatedSample sample) : IClassFixture<SimulatedSample>
{
    private static readonly SearchValues<char> TraditionalOnly = SearchValues.Create("們這個說點還嗎麼開變歡過");
    private static readonly SearchValues<char> SimplifiedOnly = SearchValues.Create("们这个说点还吗么开变欢过");

    [Fact]
    public void Writes_one_file_per_round_plus_sites_and_truth()
    {
        var names = System.IO.Directory.GetFiles(sample.Directory).Select(f => Path.GetFileName(f)!).Order().ToArray();
        Assert.Equal(["items-r1.ndjson", "items-r2.ndjson", "items-r3.ndjson", "sites.csv", "truth.json"], names);
    }

    [Fact]
    public void Every_round_file_has_one_line_per_post()
    {
        Assert.All(sample.Rounds, lines => Assert.Equal(SimulatedSample.Options.Posts, lines.Count));
        Assert.All(sample.Result.Files.Where(f => f.Kind == "posts"), f => Assert.Equal(SimulatedSample.Options.Posts, f.Lines));
    }

    [Fact]
    public void Every_line_has_the_zeeschuimer_envelope_and_the_tiktok_item_fields()
    {
        string[] envelope = ["id", "item_id", "timestamp_collected", "source_platform", "source_platform_url", "source_url", "user_agent", "data"];
        string[] item = ["id", "desc", "createTime", "author", "authorStats", "music", "stats", "challenges", "textExtra", "video"];
        foreach (var line in sample.Rounds.SelectMany(r => r))
        {
            Assert.All(envelope, f => Assert.True(line.TryGetProperty(f, out _), f));
            var data = line.GetProperty("data");
            Assert.All(item, f => Assert.True(data.TryGetProperty(f, out _), f));
            Assert.Equal("tiktok.com", line.GetProperty("source_platform").GetString());
            Assert.Equal(line.GetProperty("id").GetString(), data.GetProperty("id").GetString());
            Assert.True(data.GetProperty("stats").TryGetProperty("playCount", out _));
            Assert.True(data.GetProperty("authorStats").TryGetProperty("followerCount", out _));
        }
    }

    [Fact]
    public void Each_round_is_stamped_with_its_observation_time()
    {
        for (var r = 0; r < sample.Rounds.Count; r++)
        {
            var expected = SimulatedSample.Options.ObservedAt(r + 1).ToUnixTimeMilliseconds();
            Assert.All(sample.Rounds[r], line => Assert.Equal(expected, line.GetProperty("timestamp_collected").GetInt64()));
        }
    }

    [Fact]
    public void Post_ids_are_unique_19_digit_strings_and_every_round_holds_the_same_posts()
    {
        var ids = sample.Rounds[0].Select(l => l.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[1-9][0-9]{18}$", id));
        Assert.All(sample.Rounds.Skip(1), round => Assert.Equal(ids.Order(), round.Select(l => l.GetProperty("id").GetString()!).Order()));
    }

    [Fact]
    public void Posting_times_fall_in_the_window_and_are_busier_in_the_evening_than_at_night()
    {
        var start = SimulatedSample.Options.Start.ToUnixTimeSeconds();
        var end = start + (SimulatedSample.Options.Days * 86_400L);
        var times = sample.Items.Values.Select(i => i.GetProperty("createTime").GetInt64()).ToList();
        Assert.All(times, t => Assert.InRange(t, start, end - 1));
        var localHours = times.Select(t => DateTimeOffset.FromUnixTimeSeconds(t).ToOffset(TimeSpan.FromHours(8)).Hour).ToList();
        Assert.True(localHours.Count(h => h is >= 19 and <= 22) > 3 * localHours.Count(h => h is >= 2 and <= 5));
    }

    [Fact]
    public void Engagement_never_decreases_across_rounds()
    {
        string[] counts = ["playCount", "diggCount", "commentCount", "shareCount", "collectCount"];
        var byRound = sample.Rounds.Select(r => r.ToDictionary(l => l.GetProperty("id").GetString()!, l => l.GetProperty("data").GetProperty("stats"))).ToList();
        foreach (var id in byRound[0].Keys)
        {
            for (var r = 1; r < byRound.Count; r++)
            {
                foreach (var c in counts)
                {
                    Assert.True(byRound[r][id].GetProperty(c).GetInt64() >= byRound[r - 1][id].GetProperty(c).GetInt64(), $"{id} {c} round {r + 1}");
                }
            }
        }
        Assert.Contains(byRound[0].Keys, id => byRound[^1][id].GetProperty("playCount").GetInt64() > byRound[0][id].GetProperty("playCount").GetInt64());
    }

    [Fact]
    public void Captions_include_english_traditional_and_simplified_chinese_with_hashtags_and_mentions()
    {
        var captions = sample.Items.Values.Select(i => i.GetProperty("desc").GetString()!).ToList();
        Assert.Contains(captions, c => c.Contains("the ", StringComparison.Ordinal));
        Assert.Contains(captions, c => c.AsSpan().IndexOfAny(TraditionalOnly) >= 0);
        Assert.Contains(captions, c => c.AsSpan().IndexOfAny(SimplifiedOnly) >= 0);
        Assert.Contains(captions, c => c.Contains(" #", StringComparison.Ordinal));
        Assert.Contains(captions, c => c.Contains(" @", StringComparison.Ordinal));
    }

    [Fact]
    public void Hashtags_in_captions_match_challenges_and_text_extra()
    {
        foreach (var item in sample.Items.Values)
        {
            var challenges = item.GetProperty("challenges").EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();
            var extras = item.GetProperty("textExtra").EnumerateArray().Where(t => t.GetProperty("type").GetInt32() == 1).Select(t => t.GetProperty("hashtagName").GetString()!).ToList();
            Assert.Equal(challenges, extras);
            Assert.All(challenges, tag => Assert.Contains("#" + tag, item.GetProperty("desc").GetString()!, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Some_posts_carry_regions_places_effects_stickers_and_duets()
    {
        var items = sample.Items.Values.ToList();
        Assert.Contains(items, i => i.TryGetProperty("locationCreated", out _));
        Assert.Contains(items, i => i.TryGetProperty("poi", out _));
        Assert.Contains(items, i => i.TryGetProperty("effectStickers", out _));
        Assert.Contains(items, i => i.TryGetProperty("stickersOnItem", out _));
        Assert.Contains(items, i => i.TryGetProperty("duetInfo", out var d) && sample.Items.ContainsKey(d.GetProperty("duetFromId").GetString()!));
        Assert.True(items.Count(i => i.TryGetProperty("locationCreated", out _)) < items.Count);
    }

    [Fact]
    public void Follower_counts_are_heavy_tailed()
    {
        var followers = sample.Items.Values.Select(i => i.GetProperty("authorStats").GetProperty("followerCount").GetInt64()).Order().ToList();
        var median = followers[followers.Count / 2];
        Assert.True(followers[^1] > 100 * median, $"max {followers[^1]} median {median}");
    }

    [Fact]
    public void Sites_file_lists_the_planted_site_and_decoys_with_chinese_aliases()
    {
        var lines = File.ReadAllLines(Path.Combine(sample.Directory, Simulator.SitesFileName));
        Assert.Equal("name,lat,lon,radius_m,category,aliases", lines[0]);
        Assert.InRange(lines.Length - 1, 4, 5);
        Assert.Contains(lines, l => l.StartsWith("Qingshan Air Base,", StringComparison.Ordinal) && l.Contains("青山空軍基地", StringComparison.Ordinal) && l.Contains(",military,", StringComparison.Ordinal));
    }

    [Fact]
    public void Truth_lists_the_seed_the_round_files_and_all_five_threats()
    {
        Assert.Equal(SimulatedSample.Options.Seed, sample.Truth.GetProperty("seed").GetInt32());
        var rounds = sample.Truth.GetProperty("files").EnumerateArray().Where(f => f.GetProperty("kind").GetString() == "posts").ToList();
        Assert.Equal(3, rounds.Count);
        Assert.Equal(SimulatedSample.Options.ObservedAt(2).ToUnixTimeMilliseconds(), rounds[1].GetProperty("observedAtUnixMs").GetInt64());
        var kinds = sample.Truth.GetProperty("threats").EnumerateArray().Select(t => t.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["coordination-ring", "harmful-challenge", "anger-surge", "viral-outlier", "site-exposure"], kinds);
        foreach (var threat in sample.Truth.GetProperty("threats").EnumerateArray())
        {
            Assert.True(threat.GetProperty("postCount").GetInt32() > 0);
        }
    }

    [Fact]
    public void Options_without_room_for_the_threats_are_rejected()
    {
        var options = new SimulationOptions { Posts = 100 };
        Assert.NotNull(options.Validate());
        Assert.Null((options with { PlantThreats = false }).Validate());
        Assert.NotNull(new SimulationOptions { Rounds = 0 }.Validate());
        Assert.NotNull(new SimulationOptions { Days = 0 }.Validate());
    }
}
