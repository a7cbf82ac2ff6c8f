using System.Globalization;
using Graywatch.Readers;
using Graywatch.Simulation;
using Graywatch.Testing;

namespace Graywatch.Tests.Simulation;

/// <summary>Planting into every post format Graywatch reads: the planted file is in the input's format, and Graywatch reads it back whole.</summary>
public sealed class PlantIntoFormatTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Formats() =>
    [
        "scraper-csv", "zeeschuimer", "tiktok-research", "scraper-json", "scraper-json-flat", "qut-coordination", "coortweet", "generic-csv", "generic-jsonl",
        "tiktok-web", "tiktok-web-array", "tiktok-web-item-list", "tiktok-web-search", "tiktok-web-item-struct", "tiktok-web-rehydration",
        "tiktok-scraper-json", "tiktok-scraper-csv", "apify-tiktok-json", "apify-tiktok-csv",
        "tiktok-research-csv", "zeeschuimer-decoder-csv", "4cat-tiktok-csv", "pyktok-csv",
    ];

    /// <summary>The reader format of an input kind of <see cref="Input"/>.</summary>
    private static string FormatOf(string kind) => kind switch
    {
        _ when kind.StartsWith("generic", StringComparison.Ordinal) => "generic",
        _ when kind.StartsWith("tiktok-web", StringComparison.Ordinal) => "tiktok-web",
        "scraper-json-flat" => "scraper-json",
        "tiktok-scraper-json" or "tiktok-scraper-csv" => "tiktok-scraper",
        "apify-tiktok-json" or "apify-tiktok-csv" => "apify-tiktok",
        _ => kind,
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_planted_file_is_detected_as_the_inputs_format_and_read_back_with_nothing_quarantined(string kind)
    {
        var input = Input(kind);
        var format = FormatOf(kind);
        Assert.Equal(format, Detect(input));

        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [input], Seed = 4 }).Run(_dir["out"]);

        Assert.Equal(format, result.Format);
        var planted = result.Files.Where(f => f.Kind == "posts").ToList();
        Assert.NotEmpty(planted);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in planted)
        {
            var path = Path.Combine(result.Directory, file.Path);
            Assert.Equal(file.Format, Detect(path));
            var records = Read(path, file.Format!);
            Assert.DoesNotContain(records, r => r.IsQuarantined);
            Assert.Equal(file.Lines, records.Count(r => r.Post is not null));
            ids.UnionWith(records.Where(r => r.Post is not null).Select(r => r.Post!.Id));
        }
        Assert.Equal(result.PlantedPosts, ids.Count);
    }

    [Fact]
    public void A_csv_input_keeps_its_header_line_and_column_order_in_the_planted_file()
    {
        var input = Input("scraper-csv");

        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [input], Seed = 4 }).Run(_dir["out"]);

        Assert.Equal(File.ReadLines(input).First(), File.ReadLines(Path.Combine(result.Directory, "planted.csv")).First());
        var row = File.ReadLines(Path.Combine(result.Directory, "planted.csv")).Skip(1).First();
        Assert.Matches(@",\d+(\.\d)?[KM]?,\d{19},", row);
    }

    [Fact]
    public void A_flat_scraper_json_input_gets_flat_planted_items_with_its_own_keys_and_value_types()
    {
        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [Input("scraper-json-flat")], Seed = 4 }).Run(_dir["out"]);

        var item = System.Text.Json.JsonDocument.Parse(File.ReadLines(Path.Combine(result.Directory, "planted.jsonl")).First()).RootElement;
        Assert.Equal(["videoId", "authorMeta.name", "authorMeta.fans", "desc", "createTime", "hashtagNames", "playCount"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(System.Text.Json.JsonValueKind.Number, item.GetProperty("createTime").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.String, item.GetProperty("playCount").ValueKind);
    }

    [Fact]
    public void A_wrapped_tiktok_web_export_gets_the_same_wrapper()
    {
        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [Input("tiktok-web-item-list")], Seed = 4 }).Run(_dir["out"]);

        var pages = File.ReadLines(Path.Combine(result.Directory, "planted.json")).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(pages, p => Assert.InRange(p.GetProperty("itemList").GetArrayLength(), 1, 30));
        Assert.Equal(pages.Count - 1, pages.Count(p => p.GetProperty("hasMore").GetBoolean()));
        Assert.False(pages[^1].GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public void Formats_without_coordinates_put_the_stationed_accounts_in_a_generic_file_and_say_so()
    {
        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [Input("tiktok-research")], Seed = 4 }).Run(_dir["out"]);

        Assert.Contains(result.Files, f => f.Path == RealDataPlanter.GenericName);
        Assert.Contains(result.Notices, n => n.Contains("cannot carry coordinates", StringComparison.Ordinal) && n.Contains("site-exposure", StringComparison.Ordinal));
        var truth = File.ReadAllText(Path.Combine(result.Directory, "truth.json"));
        Assert.Contains("\"path\": \"planted-generic.csv\"", truth, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_generic_fallback_threats_the_format_cannot_carry_are_left_out_and_named_in_the_truth()
    {
        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [Input("coortweet")], Seed = 4, GenericFallback = false }).Run(_dir["out"]);

        Assert.Equal(["coordination-ring"], result.Threats);
        Assert.DoesNotContain(result.Files, f => f.Path == RealDataPlanter.GenericName);
        var truth = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(result.Directory, "truth.json"))).RootElement;
        Assert.Equal(4, truth.GetProperty("plantedInto").GetProperty("notPlanted").GetArrayLength());
        Assert.Single(truth.GetProperty("threats").EnumerateArray());
    }

    [Fact]
    public void Coordinates_in_the_data_place_the_site_near_their_median_and_keep_the_stationed_posts_in_the_planted_file()
    {
        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [Input("generic-jsonl")], Seed = 4 }).Run(_dir["out"]);

        Assert.Equal("coordinates", result.AreaFrom);
        Assert.DoesNotContain(result.Files, f => f.Path == RealDataPlanter.GenericName);
        var truth = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(result.Directory, "truth.json"))).RootElement;
        var site = truth.GetProperty("threats").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "site-exposure").GetProperty("site");
        var distance = Kilometres(site.GetProperty("lat").GetDouble(), site.GetProperty("lon").GetDouble(), 21.03, 105.85);
        Assert.InRange(distance, 6, 15);
        Assert.Equal("+07:00", truth.GetProperty("timeZone").GetString());
    }

    [Fact]
    public void Region_codes_without_coordinates_place_the_site_near_the_capital_of_the_most_common_region()
    {
        var result = new RealDataPlanter(new PlantIntoOptions { Inputs = [Input("zeeschuimer")], Seed = 4 }).Run(_dir["out"]);

        Assert.StartsWith("region ", result.AreaFrom, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Notices, n => n.Contains("no known region code", StringComparison.Ordinal));
    }

    /// <summary>A TikTok web item as TikTokApi's <c>video.as_dict</c> and the web app's item lists give it.</summary>
    private static string WebItem((string Id, string Author, DateTimeOffset Time, int Views, int Followers, string Tag) r) =>
        $$$"""{"id":"{{{r.Id}}}","desc":"Ships at dawn #{{{r.Tag}}}","createTime":{{{r.Time.ToUnixTimeSeconds()}}},"author":{"id":"6800{{{r.Author.Length}}}","uniqueId":"{{{r.Author}}}","nickname":"N","verified":false},"authorStats":{"followerCount":{{{r.Followers}}},"heartCount":7,"videoCount":1},"music":{"id":"7200","title":"original sound","authorName":"{{{r.Author}}}"},"stats":{"playCount":{{{r.Views}}},"diggCount":{{{r.Views / 30}}},"commentCount":4,"shareCount":2,"collectCount":1},"challenges":[{"id":"1","title":"{{{r.Tag}}}"}],"textExtra":[{"hashtagName":"{{{r.Tag}}}"}],"video":{"duration":31}}""";

    private static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * 6371 * Math.Asin(Math.Sqrt(a));
    }

    private static string? Detect(string path)
    {
        var head = File.ReadAllText(path);
        return ReaderCatalog.Detect(new FileSample(Path.GetFileName(path), head[..Math.Min(head.Length, 65_536)]))?.Format;
    }

    private List<MappedRecord> Read(string path, string format)
    {
        using var stream = File.OpenRead(path);
        return [.. ReaderCatalog.ByName(format)!.Read(stream, new ReaderContext(path, Some.Clock().GetUtcNow()), CancellationToken.None)];
    }

    /// <summary>A small real-shaped export of the given kind, 300 posts over 20 days.</summary>
    private string Input(string kind)
    {
        var random = new Random(8);
        var end = new DateTimeOffset(2025, 5, 28, 0, 0, 0, TimeSpan.Zero);
        var rows = Enumerable.Range(0, 300).Select(i =>
        {
            var t = end.AddSeconds(-random.Next(20 * 86_400));
            return (Id: (((ulong)t.ToUnixTimeSeconds() << 32) | (uint)random.Next()).ToString(CultureInfo.InvariantCulture), Author: $"user{random.Next(90)}", Time: t,
                Views: random.Next(100, 900_000), Followers: random.Next(10, 90_000), Tag: $"tag{random.Next(30)}");
        }).ToList();
        string Lines(Func<(string Id, string Author, DateTimeOffset Time, int Views, int Followers, string Tag), string> line) => string.Join('\n', rows.Select(line)) + "\n";
        switch (kind)
        {
            case "scraper-csv":
                return FeedScrapeFixture.Write(_dir["feed.csv"], 300, seed: 8);
            case "zeeschuimer":
            case "tiktok-research":
                var options = new SimulationOptions { Posts = 300, Seed = 8, Rounds = 1, PlantThreats = false, Shape = kind == "zeeschuimer" ? OutputShape.Zeeschuimer : OutputShape.Research };
                new Simulator(options, new Random(8)).Run(_dir["sim"]);
                return Directory.GetFiles(_dir["sim"], kind == "zeeschuimer" ? "*.ndjson" : "*.jsonl").Single();
            case "scraper-json":
                return _dir.Write("videos.json", Lines(r => $$"""{"id":"{{r.Id}}","text":"nice #{{r.Tag}}","createTime":{{r.Time.ToUnixTimeSeconds()}},"authorMeta":{"name":"{{r.Author}}","fans":{{r.Followers}}},"hashtags":[{"name":"{{r.Tag}}"}],"playCount":{{r.Views}},"diggCount":{{r.Views / 30}}}"""));
            case "scraper-json-flat":
                return _dir.Write("tikapi.jsonl", Lines(r => $$"""{"videoId":"{{r.Id}}","authorMeta.name":"{{r.Author}}","authorMeta.fans":{{r.Followers}},"desc":"nice #{{r.Tag}}","createTime":{{r.Time.ToUnixTimeSeconds()}},"hashtagNames":"{{r.Tag}}","playCount":"{{r.Views}}"}"""));
            case "tiktok-web":
                return _dir.Write("dump.jsonl", Lines(WebItem));
            case "tiktok-web-array":
                return _dir.Write("dump.json", "[\n" + string.Join(",\n", rows.Select(WebItem)) + "\n]\n");
            case "tiktok-web-item-list":
                return _dir.Write("item_list.json", "{\"itemList\":[" + string.Join(",", rows.Select(WebItem)) + "],\"cursor\":\"300\",\"hasMore\":false}\n");
            case "tiktok-web-search":
                return _dir.Write("search.json", "{\"status_code\":0,\"item_list\":[" + string.Join(",", rows.Select(WebItem)) + "],\"has_more\":0}\n");
            case "tiktok-web-item-struct":
                return _dir.Write("pages.jsonl", Lines(r => "{\"itemInfo\":{\"itemStruct\":" + WebItem(r) + "},\"statusCode\":0}"));
            case "tiktok-web-rehydration":
                return _dir.Write("pages.jsonl", Lines(r => "{\"__DEFAULT_SCOPE__\":{\"webapp.video-detail\":{\"itemInfo\":{\"itemStruct\":" + WebItem(r) + "}}}}"));
            case "tiktok-scraper-json":
                return _dir.Write("user.json", "{\"headers\":{\"user-agent\":\"Mozilla/5.0\"},\"collector\":[" + string.Join(",", rows.Select(r =>
                    $$"""{"id":"{{r.Id}}","secretID":"{{r.Id}}","text":"drill #{{r.Tag}} @ann","createTime":{{r.Time.ToUnixTimeSeconds()}},"authorMeta":{"id":"68{{r.Author.Length}}","secUid":"MS4w","name":"{{r.Author}}","nickName":"N","verified":false,"fans":{{r.Followers}},"heart":9,"video":4},"musicMeta":{"musicId":"72000000000000000{{r.Tag.Length}}","musicName":"original sound","musicAuthor":"{{r.Author}}"},"covers":{"default":"https://c"},"webVideoUrl":"https://www.tiktok.com/@{{r.Author}}/video/{{r.Id}}","videoMeta":{"duration":15},"diggCount":{{r.Views / 30}},"shareCount":1,"playCount":{{r.Views}},"commentCount":2,"mentions":["@ann"],"hashtags":[{"id":"1","name":"{{r.Tag}}"}]}""")) + "],\"zip\":false}");
            case "tiktok-scraper-csv":
                return _dir.Write("posts.csv", "id,secretID,text,createTime,authorMeta.id,authorMeta.secUid,authorMeta.name,authorMeta.nickName,authorMeta.fans,musicMeta.musicId,musicMeta.musicName,covers.default,webVideoUrl,videoMeta.duration,diggCount,shareCount,playCount,commentCount,mentions,hashtags\n"
                    + Lines(r => $"{r.Id},{r.Id},drill #{r.Tag} @ann,{r.Time.ToUnixTimeSeconds()},6800,MS4w,{r.Author},N,{r.Followers},7200,original sound,https://c,https://www.tiktok.com/@{r.Author}/video/{r.Id},15,{r.Views / 30},1,{r.Views},2,@ann,{r.Tag}"));
            case "apify-tiktok-json":
                return _dir.Write("dataset.json", "[\n" + string.Join(",\n", rows.Select(r =>
                    $$"""  {"id": "{{r.Id}}", "text": "drill #{{r.Tag}}", "createTimeISO": "{{r.Time:yyyy-MM-ddTHH:mm:ss.fffZ}}", "authorMeta": {"id": "6800", "name": "{{r.Author}}", "fans": {{r.Followers}}, "verified": false}, "musicMeta": {"musicId": "7200", "musicName": "original sound", "musicAuthor": "{{r.Author}}"}, "hashtags": [{"name": "{{r.Tag}}"}], "playCount": {{r.Views}}, "diggCount": {{r.Views / 30}}, "shareCount": 1, "commentCount": 2, "collectCount": 3}""")) + "\n]\n");
            case "apify-tiktok-csv":
                return _dir.Write("dataset.csv", "authorMeta/avatar,authorMeta/fans,authorMeta/name,authorMeta/nickName,createTimeISO,diggCount,hashtags/0/name,hashtags/1/name,id,mentions/0,musicMeta/musicAuthor,musicMeta/musicId,musicMeta/musicName,playCount,shareCount,commentCount,collectCount,text,videoMeta/duration,webVideoUrl\n"
                    + Lines(r => $"https://a,{r.Followers},{r.Author},N,{r.Time:yyyy-MM-ddTHH:mm:ss.fffZ},{r.Views / 30},{r.Tag},army,{r.Id},@ann,{r.Author},7200,original sound,{r.Views},1,2,3,drill,15,https://www.tiktok.com/@{r.Author}/video/{r.Id}"));
            case "tiktok-research-csv":
                return _dir.Write("traktok.csv", "video_id,create_time,username,region_code,video_description,hashtag_names,music_id,effect_ids,view_count,like_count,comment_count,share_count,voice_to_text,video_url\n"
                    + Lines(r => $"{r.Id},{r.Time.ToUnixTimeSeconds()},{r.Author},TW,Ships #{r.Tag},\"['{r.Tag}', 'navy']\",7200,[],{r.Views},{r.Views / 30},4,2,,https://www.tiktok.com/@{r.Author}/video/{r.Id}"));
            case "zeeschuimer-decoder-csv":
                return _dir.Write("tiktok-test.csv", "index,id,url,description,author,author_followers,digg_count,share_count,comment_count,play_count,search_url\n"
                    + string.Join('\n', rows.Select((r, i) => $"{i},{r.Id},https://www.tiktok.com/@{r.Author}/video/{r.Id},#{r.Tag} haber ,{r.Author} TV,{r.Followers},{r.Views / 30},0,3,{r.Views},https://www.tiktok.com/search/video?q=fosfor")) + "\n");
            case "4cat-tiktok-csv":
                return _dir.Write("4cat.csv", "id,thread_id,author,author_full,author_id,author_followers,subject,body,timestamp,unix_timestamp,is_duet,music_name,music_id,music_url,video_url,tiktok_url,thumbnail_url,likes,comments,shares,plays,hashtags,challenges,location_created,stickers,warning\n"
                    + Lines(r => $"{r.Id},{r.Id},{r.Author},Full Name,6800,{r.Followers},,\"Ships, again #{r.Tag}\",{r.Time:yyyy-MM-dd HH:mm:ss},{r.Time.ToUnixTimeSeconds()},False,original sound,7200,https://m,https://v,https://tiktok.com/@{r.Author}/video/{r.Id},https://t,{r.Views / 30},4,2,{r.Views},\"{r.Tag},navy\",{r.Tag},TW,\"Pier 3\n06:00\","));
            case "pyktok-csv":
                return _dir.Write("pyktok.csv", "video_id,video_timestamp,video_duration,video_locationcreated,video_diggcount,video_sharecount,video_commentcount,video_playcount,video_description,video_is_ad,video_stickers,author_username,author_name,author_followercount,author_followingcount,author_heartcount,author_videocount,author_diggcount,author_verified,poi_name,poi_address,poi_city\n"
                    + Lines(r => $"{r.Id},{r.Time.AddHours(2):yyyy-MM-ddTHH:mm:ss},31,TW,{r.Views / 30},2,4,{r.Views},Ships #{r.Tag},False,Pier 3;06:00,{r.Author},Name,{r.Followers},5,7000,12,0,True,Keelung Harbour,Keelung,Keelung"));
            case "qut-coordination":
                return _dir.Write("qut.csv", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n"
                    + Lines(r => $"{r.Id},{r.Author.GetHashCode(StringComparison.Ordinal) & 0xFFFFFF},{r.Author},,,hello #{r.Tag},{r.Time.ToUnixTimeSeconds()},"));
            case "coortweet":
                return _dir.Write("coortweet.csv", "object_id,account_id,content_id,timestamp_share\n"
                    + Lines(r => $"obj{r.Tag},{r.Author},{r.Id},{r.Time.ToUnixTimeSeconds()}"));
            case "generic-csv":
                return _dir.Write("generic.csv", "id,author,created_at,text,hashtags,views,followers\n"
                    + Lines(r => $"{r.Id},{r.Author},{r.Time:yyyy-MM-ddTHH:mm:ssZ},hi #{r.Tag},{r.Tag},{r.Views},{r.Followers}"));
            default:
                return _dir.Write("generic.jsonl", Lines(r => $$"""{"id":"{{r.Id}}","author":"{{r.Author}}","created_at":"{{r.Time:yyyy-MM-ddTHH:mm:ssZ}}","text":"hi","hashtags":["{{r.Tag}}"],"views":{{r.Views}},"followers":{{r.Followers}},"lat":21.03,"lon":105.85}"""));
        }
    }
}
