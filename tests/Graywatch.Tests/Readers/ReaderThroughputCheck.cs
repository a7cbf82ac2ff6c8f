using System.Diagnostics;
using System.Text;
using Graywatch.Readers;
using Xunit.Abstractions;

namespace Graywatch.Tests.Readers;

/// <summary>A quick micro-check of the tiktok-research JSON Lines path; it reports throughput and never asserts on time.</summary>
public sealed class ReaderThroughputCheck(ITestOutputHelper output)
{
    [Fact]
    public void Given_many_research_api_video_lines_when_read_then_every_one_maps_and_the_rate_is_reported()
    {
        const int count = 200_000;
        var bytes = Lines(count);
        var reader = new TikTokResearchReader();

        CountPosts(reader, bytes);
        var watch = Stopwatch.StartNew();
        var posts = CountPosts(reader, bytes);
        watch.Stop();

        output.WriteLine($"tiktok-research JSONL: {posts:N0} posts in {watch.Elapsed.TotalMilliseconds:N0} ms = {posts / watch.Elapsed.TotalSeconds:N0} posts/s");
        Assert.Equal(count, posts);
    }

    private static int CountPosts(IRecordReader reader, byte[] bytes)
    {
        var posts = 0;
        using var stream = new MemoryStream(bytes);
        foreach (var record in reader.Read(stream, new ReaderContext("bench", ReaderHarness.DefaultObservedAt), CancellationToken.None))
        {
            posts += record.Post is null ? 0 : 1;
        }
        return posts;
    }

    internal static byte[] Lines(int count)
    {
        var text = new StringBuilder(count * 620);
        for (var i = 0; i < count; i++)
        {
            text.Append("{\"id\":").Append(7_300_000_000_000_000_000L + i)
                .Append(",\"create_time\":").Append(1_716_280_000 + i)
                .Append(",\"username\":\"user_").Append(i % 5000)
                .Append("\",\"region_code\":\"TW\",\"video_description\":\"Ships at dawn near the harbour, day ").Append(i)
                .Append(" #harbour #navy #海軍\",\"hashtag_names\":[\"harbour\",\"navy\",\"海軍\"],\"music_id\":").Append(7_200_000_000_000_000_000L + (i % 977))
                .Append(",\"effect_ids\":[\"12345\"],\"view_count\":").Append(1000 + i)
                .Append(",\"like_count\":").Append(i % 700)
                .Append(",\"comment_count\":12,\"share_count\":3,\"favorites_count\":4,\"voice_to_text\":\"good morning from the harbour\",\"video_duration\":31,\"playlist_id\":0,\"video_mention_list\":[],\"is_stem_verified\":false}\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
