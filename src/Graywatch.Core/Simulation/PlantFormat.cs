using Graywatch.Readers;
using Graywatch.Readers.Parsing;

namespace Graywatch.Simulation;

/// <summary>How planted posts are written in the format of a real export, and what that format can carry back to Graywatch.</summary>
/// <remarks>
/// What a format carries is not assumed but measured: a probe post with every field set is written and read back with the
/// format's own reader, and the fields that survive are the format's capabilities. Immutable.
/// </remarks>
internal sealed class PlantFormat
{
    private readonly Func<string, IPostFileWriter> _open;

    private PlantFormat(string name, string extension, IRecordReader reader, Func<string, IPostFileWriter> open)
    {
        Name = name;
        Extension = extension;
        Reader = reader;
        _open = open;
    }

    /// <summary>The reader format name, such as <c>scraper-csv</c>.</summary>
    public string Name { get; }

    /// <summary>The file extension of planted files, with its dot.</summary>
    public string Extension { get; }

    public IRecordReader Reader { get; }

    public FormatCapabilities Capabilities { get; private set; } = FormatCapabilities.None;

    /// <summary>The generic CSV, which carries every field; used for threats the input's format cannot carry.</summary>
    public static PlantFormat Generic() =>
        Probed(new PlantFormat("generic", ".csv", ReaderCatalog.ByName("generic")!, path => new CsvPostFile(path, CsvLayout.Generic)));

    /// <summary>The format of <paramref name="file"/>, probed.</summary>
    /// <exception cref="InputException">The format holds no posts that could be written.</exception>
    public static PlantFormat Of(SurveyedFile file)
    {
        var reader = file.Reader;
        var extension = Path.GetExtension(file.Sample.FileName).ToLowerInvariant();
        var json = file.Sample.FirstSignificantChar is '{' or '[';
        var sample = file.Sample;
        PlantFormat format = reader.Format switch
        {
            "zeeschuimer" => new(reader.Format, Ext(extension, ".ndjson"), reader, path => new JsonPostFile(path, new ZeeschuimerRoundWriter())),
            "tiktok-research" => new(reader.Format, Ext(extension, ".jsonl"), reader, path => new JsonPostFile(path, new ResearchRoundWriter())),
            "tiktok-web" => Json(reader, extension, WebShape(sample), () => new TikTokItemWriter().Write),
            "scraper-json" => FlatJsonItemWriter.Of(sample, ScraperMapper.Columns) is { } flat
                ? Json(reader, extension, ArrayOrLines(sample), () => flat.Write)
                : Json(reader, extension, ArrayOrLines(sample), () => Scraper(ScraperDialect.Scraper)),
            "apify-tiktok" when json => Json(reader, extension, ArrayOrLines(sample), () => Scraper(ScraperDialect.Apify)),
            "tiktok-scraper" when json => Json(reader, extension, JsonShape.Collector, () => Scraper(ScraperDialect.TikTokScraper)),
            "generic" when json => new(reader.Format, Ext(extension, ".jsonl"), reader, path => new JsonPostFile(path, new GenericJsonRoundWriter())),
            "generic" or "scraper-csv" or "qut-coordination" or "coortweet" =>
                new(reader.Format, ".csv", reader, CsvOpener(CsvLayout.FromHead(sample.Head))),
            _ when reader is ColumnFormatReader columns && !json =>
                new(reader.Format, ".csv", reader, CsvOpener(CsvLayout.FromHead(sample.Head, columns.Map))),
            _ => throw new InputException(file.Path, null, $"planted posts cannot be written as {reader.Format}"),
        };
        return Probed(format);
    }

    public IPostFileWriter Open(string path) => _open(path);

    private static Func<string, IPostFileWriter> CsvOpener(CsvLayout layout) => path => new CsvPostFile(path, layout);

    /// <summary>A JSON format written item by item in <paramref name="shape"/>; <paramref name="items"/> makes a fresh item writer per file.</summary>
    private static PlantFormat Json(IRecordReader reader, string extension, JsonShape shape, Func<Action<System.Text.Json.Utf8JsonWriter, SimPost, int>> items) =>
        new(reader.Format, Ext(extension, shape == JsonShape.Lines ? ".jsonl" : ".json"), reader, path => new JsonPagesFile(path, shape, items()));

    private static Action<System.Text.Json.Utf8JsonWriter, SimPost, int> Scraper(ScraperDialect dialect) =>
        (w, post, round) => ScraperItemWriter.Write(w, post, round, dialect);

    /// <summary>The wrapper of a TikTok web export: the page or response it was saved from, an array, or bare items one per line.</summary>
    private static JsonShape WebShape(FileSample sample) =>
        Sniffing.HasKey(sample, "__DEFAULT_SCOPE__") ? JsonShape.Rehydration
        : Sniffing.HasKey(sample, "itemStruct") ? JsonShape.ItemStruct
        : Sniffing.HasKey(sample, "itemList") ? JsonShape.ItemList
        : Sniffing.HasKey(sample, "item_list") ? JsonShape.SearchList
        : ArrayOrLines(sample);

    private static JsonShape ArrayOrLines(FileSample sample) => sample.FirstSignificantChar == '[' ? JsonShape.Array : JsonShape.Lines;

    private static string Ext(string extension, string fallback) => extension is ".json" or ".jsonl" or ".ndjson" ? extension : fallback;

    private static PlantFormat Probed(PlantFormat format)
    {
        var path = Path.Combine(Path.GetTempPath(), $"graywatch-probe-{Guid.NewGuid():N}{format.Extension}");
        try
        {
            var probe = ProbePost();
            using (var writer = format.Open(path))
            {
                writer.Write(probe, 0, (probe.CreateTime + 3600) * 1000);
            }
            using var stream = File.OpenRead(path);
            var record = format.Reader.Read(stream, new ReaderContext(path, DateTimeOffset.UnixEpoch), CancellationToken.None).FirstOrDefault(r => r.Post is not null);
            var post = record?.Post;
            format.Capabilities = post is null ? FormatCapabilities.None : new FormatCapabilities(
                Time: post.CreatedAt is not null && post.AuthorId is not null,
                Text: !string.IsNullOrEmpty(post.Text),
                Hashtags: post.Hashtags.Count > 0,
                Shared: post.SoundId is not null || post.ParentId is not null,
                Views: record!.Snapshot?.Views is > 0,
                Followers: record.Account?.Followers is > 0,
                Coordinates: post.Latitude is not null && post.Longitude is not null);
            return format;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static SimPost ProbePost()
    {
        var created = SimulationOptions.DefaultStart.ToUnixTimeSeconds();
        var engagement = new Engagement(1);
        (engagement.Views[0], engagement.Likes[0], engagement.Comments[0], engagement.Shares[0], engagement.Saves[0]) = (12_345, 678, 9, 8, 7);
        var author = new SimAccount
        {
            Id = "7000000000000000001", UniqueId = "probe", Nickname = "Probe", Signature = "", Language = CaptionLanguage.English,
            Followers = 321, Following = 12, Hearts = 3, Videos = 4, Region = "TW",
        };
        return new SimPost
        {
            Id = TikTokIds.Make(created, 1, 1),
            CreateTime = created,
            Author = author,
            Text = "probe caption #probe",
            Hashtags = ["probe"],
            Mentions = [],
            Sound = new SimSound(TikTokIds.Make(created, 2, 2), "probe sound", "probe", true),
            DurationSeconds = 15,
            Place = new SimPlace(TikTokIds.ForName("probe"), "Probe Place", "1 Probe Road", "Probe City", 23.5, 120.5, true),
            Engagement = engagement,
        };
    }
}
