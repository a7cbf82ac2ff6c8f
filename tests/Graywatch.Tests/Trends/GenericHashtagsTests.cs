using Graywatch.Detectors;
using Graywatch.Testing;
using Graywatch.Trends;

namespace Graywatch.Tests.Trends;

public sealed class GenericHashtagsTests
{
    [Fact]
    public void A_tag_on_many_posts_of_unrelated_topics_by_many_authors_is_learned_while_a_campaign_and_a_challenge_tag_are_not()
    {
        using var store = Some.Store();
        var seed = new StoreSeeder(store);
        var topics = Enumerable.Range(0, 40).Select(i => $"topic{i}").ToArray();
        for (var i = 0; i < 400; i++)
        {
            // #xuhuong2025 rides on every topic; #waterprice keeps to its script (#水價); #holdbreathchallenge stands alone.
            string[] tags = i % 4 == 0 ? ["xuhuong2025", topics[(i / 4) % 40], topics[((i / 4 * 7) + 3) % 40]] : [topics[i % 40]];
            seed.Add(Some.Post($"p{i}", Some.Time.AddMinutes(i), $"user{i}", tags));
        }
        for (var i = 0; i < 40; i++)
        {
            seed.Add(Some.Post($"w{i}", Some.Time.AddMinutes(i), $"w{i % 8}", "waterprice", "水價"));
            seed.Add(Some.Post($"c{i}", Some.Time.AddMinutes(i), $"kid{i}", "holdbreathchallenge", "fyp"));
        }

        var generic = GenericHashtags.Learn(store, DetectorSettings.Empty);

        Assert.Contains("xuhuong2025", generic.Learned.Select(l => l.Tag));
        Assert.True(generic.Contains("#XuHuong2025"));
        Assert.True(generic.Contains("fyp"));
        Assert.False(generic.Contains("waterprice"));
        Assert.False(generic.Contains("holdbreathchallenge"));
        Assert.False(generic.Contains("topic3"));
    }

    [Fact]
    public void A_setting_adds_tags_and_a_bad_threshold_is_an_error()
    {
        using var store = Some.Store();

        var generic = GenericHashtags.Learn(store, new DetectorSettings(new Dictionary<string, string> { ["trends.generic_hashtags"] = "#MyFeedTag" }));

        Assert.True(generic.Contains("myfeedtag"));
        Assert.Throws<FormatException>(() => GenericHashtags.Learn(store, new DetectorSettings(new Dictionary<string, string> { ["trends.generic_min_share"] = "lots" })));
    }
}
