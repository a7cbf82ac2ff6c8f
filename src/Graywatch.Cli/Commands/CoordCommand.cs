using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Graywatch.Cli.Infrastructure;
using Graywatch.Configuration;
using Graywatch.Coordination;
using Graywatch.Detectors;
using Graywatch.Trends;
using Graywatch.Exporters;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch coord [PATH…] --by KIND</c>: coordinated sharing networks (CooRTweet's two stages) with their CSV and GraphML files.</summary>
public sealed class CoordCommand(IAnsiConsole console) : AsyncCommand<CoordCommand.Settings>
{
    /// <summary>Settings of <c>coord</c>.</summary>
    public sealed class Settings : IngestSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("Export files (a CooRTweet CSV among them) to ingest first; without them, the store is analysed as it is.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--by <KIND>")]
        [Description("What accounts share: hashtag, hashtag-set, sound, effect, caption, near-caption, url, repost, duet or cotemporal-hashtag (default: repost).")]
        public string By { get; init; } = "repost";

        [CommandOption("--window <DURATION>")]
        [Description("Two shares are coordinated when at most this far apart: seconds (60) or a duration such as 90s or 5m (default: 60 seconds).")]
        public string Window { get; init; } = "60";

        [CommandOption("--min-participation <N>")]
        [Description("Least shares (and coordinated shares) an account needs (default: 2).")]
        public int MinParticipation { get; init; } = 2;

        [CommandOption("--edge-weight <P>")]
        [Description("Edge-weight percentile, 0 to 1, above which edges are flagged (default: 0.5, the median).")]
        public double EdgeWeight { get; init; } = 0.5;

        [CommandOption("--similarity <J>")]
        [Description("near-caption: least Jaccard similarity of two captions (default: 0.8).")]
        public double Similarity { get; init; } = 0.8;

        [CommandOption("--keep-generic")]
        [Description("Keep discovery hashtags (#fyp, #xuhuong… listed or learned from the store) as objects, as CooRTweet does; by default they are no evidence.")]
        public bool KeepGeneric { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Where pairs.csv, edges.csv, accounts.csv, groups.csv and network.graphml are written (default: out/coord).")]
        public string Out { get; init; } = Path.Combine("out", "coord");

        /// <summary>The window in whole seconds: a bare number is seconds, anything else a duration; null when neither.</summary>
        public int? WindowSeconds()
        {
            if (int.TryParse(Window, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return seconds;
            }
            try
            {
                var span = TrendOptions.ParseDuration(Window);
                return span.TotalSeconds <= int.MaxValue ? (int)Math.Round(span.TotalSeconds) : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        public override ValidationResult Validate()
        {
            var b = base.Validate();
            if (!b.Successful)
            {
                return b;
            }
            if (!ObjectKinds.TryParse(By, out _))
            {
                return ValidationResult.Error($"--by must be one of {string.Join(", ", ObjectKinds.Names)}, not '{By}'");
            }
            if (WindowSeconds() is null)
            {
                return ValidationResult.Error($"--window: '{Window}' is neither whole seconds (0 or more) nor a duration such as 90s, 5m or 1h");
            }
            if (MinParticipation < 1)
            {
                return ValidationResult.Error("--min-participation must be 1 or more");
            }
            if (EdgeWeight is < 0 or > 1 || double.IsNaN(EdgeWeight))
            {
                return ValidationResult.Error("--edge-weight must be between 0 and 1");
            }
            if (Similarity is <= 0 or > 1 || double.IsNaN(Similarity))
            {
                return ValidationResult.Error("--similarity must be above 0 and at most 1");
            }
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = GraywatchConfig.Load(settings.Config);
        if (!ObjectKinds.TryParse(settings.By, out var kind))
        {
            throw new UsageException($"--by: unknown kind '{settings.By}'");
        }
        var options = new CoordinationOptions
        {
            WindowSeconds = settings.WindowSeconds() ?? throw new UsageException($"--window: '{settings.Window}' is not a duration"),
            MinParticipation = settings.MinParticipation,
            EdgeWeightPercentile = settings.EdgeWeight,
            NearCaptionSimilarity = settings.Similarity,
        };
        using var store = StoreAccess.Open(settings.Db, writes: settings.Paths.Length > 0);
        var failed = false;
        if (settings.Paths.Length > 0)
        {
            var ingest = await IngestRunner.RunAsync(console, store, settings.ToIngestOptions(config.Readers), settings.Paths, cancellationToken);
            failed = ingest.Failed.Any();
            if (!settings.Json)
            {
                IngestRunner.Render(console, ingest, settings.Lang);
            }
        }

        var watch = Stopwatch.StartNew();
        if (!settings.KeepGeneric && kind is ObjectKind.Hashtag or ObjectKind.HashtagSet or ObjectKind.CotemporalHashtag)
        {
            options = options with { ExcludedHashtags = GenericHashtags.Learn(store, new DetectorSettings(config.Detectors)).Tags };
        }
        var shares = ShareLoader.Load(store, kind, options, cancellationToken);
        var read = watch.Elapsed;
        var result = CoordinationResult.Run(kind, shares, options, cancellationToken);
        var total = watch.Elapsed;

        var files = CoordinationCsv.Write(result, settings.Out).ToList();
        var graphPath = Path.Combine(settings.Out, "network.graphml");
        await using (var graphFile = File.Create(graphPath))
        {
            GraphMlWriter.Write(graphFile, [("coordination-" + ObjectKinds.Name(kind), NetworkGraph.From(result, "Coordination network"))]);
        }
        files.Add(graphPath);

        var net = result.Network;
        var groups = net.Group.Values.Distinct().Count();
        var flaggedGroups = net.FlaggedGroup.Values.Distinct().Count();
        var flaggedEdges = net.Edges.Count(e => e.AboveThreshold);
        if (settings.Json)
        {
            var json = new JsonObject
            {
                ["by"] = ObjectKinds.Name(kind),
                ["window"] = options.WindowSeconds,
                ["min_participation"] = options.MinParticipation,
                ["edge_weight"] = options.EdgeWeightPercentile,
                ["shares"] = shares.Count,
                ["pairs"] = result.Pairs.Count,
                ["accounts"] = net.Vertices.Count,
                ["edges"] = net.Edges.Count,
                ["weight_threshold"] = double.IsFinite(net.Threshold) ? net.Threshold : null,
                ["flagged_edges"] = flaggedEdges,
                ["groups"] = groups,
                ["flagged_groups"] = flaggedGroups,
                ["read_seconds"] = Math.Round(read.TotalSeconds, 3),
                ["seconds"] = Math.Round(total.TotalSeconds, 3),
                ["files"] = new JsonArray([.. files.Select(f => JsonValue.Create(f))]),
            };
            console.Profile.Out.Writer.WriteLine(json.ToJsonString());
        }
        else
        {
            var t = new Table().Border(TableBorder.Simple).AddColumn("").AddColumn(new TableColumn("").RightAligned());
            t.AddRow("by", ObjectKinds.Name(kind));
            t.AddRow("shares read", shares.Count.ToString("N0", CultureInfo.InvariantCulture));
            t.AddRow("coordinated pairs", result.Pairs.Count.ToString("N0", CultureInfo.InvariantCulture));
            t.AddRow("accounts", net.Vertices.Count.ToString("N0", CultureInfo.InvariantCulture));
            t.AddRow("edges", net.Edges.Count.ToString("N0", CultureInfo.InvariantCulture));
            t.AddRow($"edges above the {options.EdgeWeightPercentile.ToString(CultureInfo.InvariantCulture)} weight percentile ({(double.IsFinite(net.Threshold) ? net.Threshold.ToString(CultureInfo.InvariantCulture) : "–")})",
                flaggedEdges.ToString("N0", CultureInfo.InvariantCulture));
            t.AddRow("connected groups", groups.ToString("N0", CultureInfo.InvariantCulture));
            t.AddRow("groups of flagged edges", flaggedGroups.ToString("N0", CultureInfo.InvariantCulture));
            t.AddRow("seconds (read + both stages)", total.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture));
            console.Write(t);
            foreach (var f in files)
            {
                console.MarkupLineEscaped($"[green]wrote[/] {f}");
            }
        }
        return failed ? ExitCodes.BadInput : ExitCodes.Done;
    }
}
