using Graywatch.Readers;

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
        PlantFormat format = reader.Format switch
        {
            "zeeschuimer" => new(reader.Format, Ext(extension, ".ndjson"), reader, path => new JsonPostFile(path, new ZeeschuimerRoundWriter())),
            "tiktok-research" => new(reader.Format, Ext(extension, ".jsonl"), reader, path => new JsonPostFile(path, new ResearchRoundWriter())),
            "scraper-json" => new(reader.Format, Ext(extension, ".json"), reader, path => new JsonPostFile(path, new ScraperJsonRoundWriter())),
            "generic" when json => new(reader.Format, Ext(extension, ".jsonl"), reader, path => new JsonPostFile(path, new GenericJsonRoundWriter())),
            "generic" or "scraper-csv" or "qut-coordination" or "coortweet" =>
                new(reader.Format, ".csv", reader, CsvOpener(CsvLayout.FromHead(file.Sample.Head))),
            _ => throw new InputException(file.Path, null, $"planted posts cannot be written as {reader.Format}"),
        };
        return Probed(format);
    }

    public IPostFileWriter Open(string path) => _open(path);

    private static Func<string, IPostFileWriter> CsvOpener(CsvLayout layout) => path => new CsvPostFile(path, layout);

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
