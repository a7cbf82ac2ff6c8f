using System.Globalization;
using System.Text;

namespace Graywatch.Tests.Simulation;

/// <summary>Writes a made-up For-You feed scrape in the scraper CSV shape of <c>tiktok-vn-feed/raw_data.csv</c>: compact counts, float sound ids, local-style times.</summary>
internal static class FeedScrapeFixture
{
    public const string Header = "user_name,user_nfollower,vid_id,vid_caption,vid_postTime,vid_scrapeTime,vid_duration,vid_nview,vid_nlike,vid_ncomment,vid_nshare,vid_nsave,vid_hashtags,vid_url,music_id,music_title,music_nused,music_authorName,music_originality";

    private static readonly string[] Words = ["ngon", "quá", "trời", "ơi", "hôm", "nay", "đẹp", "vui", "nhạc", "mới", "cười", "xỉu", "bạn", "thân", "đi", "chơi"];
    private static readonly string[] Tags = ["xuhuong", "fyp", "trend", "tiktokgiaitri", "capcut", "amthuc", "dulich", "hài", "nhạchay", "viral"];

    /// <summary>Writes <paramref name="rows"/> posts by about a third as many accounts over 30 days ending 2025-05-28 and returns the path.</summary>
    public static string Write(string path, int rows, int seed)
    {
        var random = new Random(seed);
        var end = new DateTimeOffset(2025, 5, 28, 0, 0, 0, TimeSpan.Zero);
        var authors = Enumerable.Range(0, Math.Max(10, rows / 3)).Select(i => ($"feeduser{i:0000}", (long)(200 * Math.Exp(random.NextDouble() * 9)))).ToArray();
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var (name, followers) = authors[random.Next(authors.Length)];
            var posted = end.AddSeconds(-random.Next(30 * 86_400));
            var scraped = posted.AddSeconds(random.Next(3600, 5 * 86_400));
            var id = ((ulong)posted.ToUnixTimeSeconds() << 32) | (uint)random.Next();
            var views = (long)(50_000 * Math.Exp(random.NextDouble() * 4) * (1 + (Math.Log(1 + followers) / 20)));
            var tags = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Tags[random.Next(Tags.Length)]).Distinct().ToList();
            var caption = string.Join(' ', Enumerable.Range(0, random.Next(3, 8)).Select(_ => Words[random.Next(Words.Length)]));
            var sound = random.Next(40);
            text.Append(CultureInfo.InvariantCulture,
                $"{name},{Compact(followers)},{id},{caption},{posted:yyyy-MM-dd HH:mm:ss},{scraped:yyyy-MM-dd HH:mm:ss},00:{random.Next(10, 59)},{Compact(views)},{Compact(views / 20)},{random.Next(10, 900)},{random.Next(5, 500)},{random.Next(5, 900)},\"{string.Join(", ", tags)}\",https://www.tiktok.com/@{name}/video/{id},7.50683274595{sound:00}e+18,nhạc nền - {name},{random.Next(1, 90)} videos,{name},True\n");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static string Compact(long n) => n < 10_000 ? n.ToString(CultureInfo.InvariantCulture)
        : n < 1_000_000 ? (n / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + "K"
        : (n / 1e6).ToString("0.#", CultureInfo.InvariantCulture) + "M";
}
