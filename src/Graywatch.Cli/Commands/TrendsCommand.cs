using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using Graywatch.Cli.Infrastructure;
using Graywatch.Configuration;
using Graywatch.Detectors;
using Graywatch.Exporters;
using Graywatch.Trends;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch trends</c>: emerging entities with bursts, challenges with their lifecycle, and co-hashtag communities.</summary>
public sealed class TrendsCommand(IAnsiConsole console) : Command<TrendsCommand.Settings>
{
    /// <summary>Settings of <c>trends</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--entity <KIND>")]
        [Description("What to rank: hashtag, sound, effect or keyword (default hashtag).")]
        public string Entity { get; init; } = "hashtag";

        [CommandOption("--bin <DURATION>")]
        [Description("Bin of the trend lines and of the binned burst automaton, e.g. 30m, 1h, 1d (default: trends.bin or 1h).")]
        public string? Bin { get; init; }

        [CommandOption("--window <DURATION>")]
        [Description("Recent window compared with the window before it (default: trends.window or 24h).")]
        public string? Window { get; init; }

        [CommandOption("--since <TIME>")]
        [Description("Only posts created at or after this time (ISO 8601).")]
        public string? Since { get; init; }

        [CommandOption("--until <TIME>")]
        [Description("Only posts created before this time; the recent window ends here.")]
        public string? Until { get; init; }

        [CommandOption("--with <HASHTAG>")]
        [Description("Only posts that carry this hashtag; repeat for a combination (all must be present).")]
        public string[] With { get; init; } = [];

        [CommandOption("--top <N>")]
        [Description("Rows per table (default: trends.top or 10).")]
        public int? Top { get; init; }

        public override ValidationResult Validate()
        {
            var baseResult = base.Validate();
            if (!baseResult.Successful)
            {
                return baseResult;
            }
            return Entity.ToLowerInvariant() is "hashtag" or "sound" or "effect" or "keyword"
                ? ValidationResult.Success()
                : ValidationResult.Error($"--entity must be hashtag, sound, effect or keyword, not '{Entity}'");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = GraywatchConfig.Load(settings.Config);
        var options = TrendOptions.From(new DetectorSettings(config.Detectors));
        try
        {
            options = options with
            {
                Bin = settings.Bin is null ? options.Bin : TrendOptions.ParseDuration(settings.Bin),
                Window = settings.Window is null ? options.Window : TrendOptions.ParseDuration(settings.Window),
                Top = settings.Top is { } top ? Math.Max(1, top) : options.Top,
            };
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message);
        }
        var scope = new TrendScope(Time(settings.Since, "--since"), Time(settings.Until, "--until"), settings.With);
        var kind = Enum.Parse<TrendEntityKind>(settings.Entity, ignoreCase: true);

        using var store = StoreAccess.OpenExisting(settings.Db);
        options = options with { GenericHashtags = GenericHashtags.Learn(store, new DetectorSettings(config.Detectors)).Tags };
        var analyzer = new TrendAnalyzer(store, options);
        var window = analyzer.Window(scope);
        var combination = scope.WithTags.Count > 0 ? analyzer.Combination(scope) : null;
        var entities = analyzer.Emerging(kind, scope);
        cancellationToken.ThrowIfCancellationRequested();
        var challenges = new ChallengeFinder(analyzer).Find(scope);
        var matcher = new HarmfulMatcher(store, HarmfulWatchList.From(new DetectorSettings(config.Detectors)));
        var harmful = challenges.ToDictionary(c => c.Key, c => matcher.Match(c, scope, 20));
        cancellationToken.ThrowIfCancellationRequested();
        var communities = new CommunityFinder(analyzer).Communities(scope);

        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(Json(window, combination, kind, entities, challenges, harmful, communities, options).ToJsonString());
            return ExitCodes.Done;
        }
        if (window is null)
        {
            console.MarkupLine("No posts with a creation time in scope.");
            return ExitCodes.Done;
        }
        console.MarkupLineEscaped(
            $"[bold]{window.Posts:N0}[/] posts, {TrendWords.Time(window.Start)} – {TrendWords.Time(window.End)}; recent window {TrendWords.Span(options.Window)}, bin {TrendWords.Span(window.Bin)}, s={options.Bursts.S}, γ={options.Bursts.Gamma}");
        if (combination is { } c)
        {
            console.MarkupLineEscaped(
                $"Combination {string.Join(" ", scope.WithTags.Select(t => "#" + t))}: [bold]{c.Posts:N0}[/] posts by {c.Authors:N0} accounts, {TrendWords.Time(c.First)} – {TrendWords.Time(c.Last)}");
        }
        var t = new Table().Title($"Emerging {kind.ToString().ToLowerInvariant()}s").AddColumns("entity", "score", "recent", "before", "authors", "diversity", "posts", "bursts (level 1)");
        foreach (var e in entities)
        {
            var bursts = e.Bursts.Where(b => b.Level == 1).Select(b => $"{TrendWords.Time(b.Start)} – {TrendWords.Time(b.End)}");
            t.AddRow(Display.Escape(e.Label), Num(e.Score), e.RecentPosts.ToString("N0"), e.PreviousPosts.ToString("N0"), e.RecentAuthors.ToString("N0"),
                Num(e.Diversity), e.Posts.ToString("N0"), Display.Escape(string.Join("; ", bursts)));
        }
        console.Write(t);
        var ct = new Table().Title("Challenges").AddColumns("hashtags", "posts", "authors", "first seen", "peak", "growth/bin", "decay", "phase", "score", "harmful");
        foreach (var ch in challenges.Take(options.Top))
        {
            var match = harmful[ch.Key];
            ct.AddRow(Display.Escape(string.Join(" ", ch.Hashtags.Take(4).Select(h => "#" + h))), ch.Posts.ToString("N0"), ch.Authors.ToString("N0"),
                TrendWords.Day(ch.FirstSeen), $"{TrendWords.Day(ch.PeakTime)} ({ch.PeakPosts:N0})", Num(ch.Growth), Num(ch.Decay), ch.Phase.ToString(), Num(ch.Score),
                match is null ? "" : Display.Escape($"{match.Posts:N0} posts: {string.Join(", ", match.Terms.Take(3).Select(x => x.Term))}"));
        }
        console.Write(ct);
        var mt = new Table().Title($"Co-hashtag communities ({communities.Nodes:N0} hashtags, modularity {Num(communities.Modularity)})")
            .AddColumns("community", "hashtags", "top accounts", "posts", "accounts");
        foreach (var m in communities.Communities.Take(options.Top))
        {
            mt.AddRow(Display.Escape(m.Label), Display.Escape(string.Join(" ", m.Hashtags.Take(8).Select(h => h.Label))),
                Display.Escape(string.Join(" ", m.Accounts.Take(3).Select(a => a.Label))), m.Posts.ToString("N0"), m.Authors.ToString("N0"));
        }
        console.Write(mt);
        return ExitCodes.Done;
    }

    private static JsonObject Json(TrendWindow? window, (long Posts, long Authors, DateTimeOffset First, DateTimeOffset Last)? combination, TrendEntityKind kind,
        IReadOnlyList<TrendEntity> entities, IReadOnlyList<Challenge> challenges, Dictionary<string, HarmfulMatch?> harmful, CommunityReport communities, TrendOptions options) => new()
    {
        ["window"] = window is null ? null : new JsonObject
        {
            ["start"] = FindingJson.FormatTime(window.Start),
            ["end"] = FindingJson.FormatTime(window.End),
            ["recent_start"] = FindingJson.FormatTime(window.RecentStart),
            ["previous_start"] = FindingJson.FormatTime(window.PreviousStart),
            ["bin_seconds"] = window.Bin.TotalSeconds,
            ["posts"] = window.Posts,
            ["burst_s"] = options.Bursts.S,
            ["burst_gamma"] = options.Bursts.Gamma,
        },
        ["combination"] = combination is { } c ? new JsonObject
        {
            ["posts"] = c.Posts,
            ["authors"] = c.Authors,
            ["first"] = FindingJson.FormatTime(c.First),
            ["last"] = FindingJson.FormatTime(c.Last),
        } : null,
        ["entity"] = kind.ToString().ToLowerInvariant(),
        ["entities"] = new JsonArray([.. entities.Select(e => (JsonNode)new JsonObject
        {
            ["key"] = e.Key,
            ["label"] = e.Label,
            ["score"] = Math.Round(e.Score, 4),
            ["recent_posts"] = e.RecentPosts,
            ["previous_posts"] = e.PreviousPosts,
            ["recent_authors"] = e.RecentAuthors,
            ["growth"] = Math.Round(e.Growth, 4),
            ["diversity"] = Math.Round(e.Diversity, 4),
            ["posts"] = e.Posts,
            ["authors"] = e.Authors,
            ["first_seen"] = FindingJson.FormatTime(e.FirstSeen),
            ["last_seen"] = FindingJson.FormatTime(e.LastSeen),
            ["bursts"] = Bursts(e.Bursts),
        })]),
        ["challenges"] = new JsonArray([.. challenges.Select(ch => (JsonNode)new JsonObject
        {
            ["hashtags"] = new JsonArray([.. ch.Hashtags.Select(h => (JsonNode)JsonValue.Create(h))]),
            ["carrier"] = ch.Carrier,
            ["named"] = ch.Named,
            ["posts"] = ch.Posts,
            ["authors"] = ch.Authors,
            ["first_seen"] = FindingJson.FormatTime(ch.FirstSeen),
            ["last_seen"] = FindingJson.FormatTime(ch.LastSeen),
            ["peak"] = FindingJson.FormatTime(ch.PeakTime),
            ["peak_posts"] = ch.PeakPosts,
            ["growth"] = Math.Round(ch.Growth, 4),
            ["decay"] = Math.Round(ch.Decay, 4),
            ["phase"] = ch.Phase.ToString().ToLowerInvariant(),
            ["score"] = Math.Round(ch.Score, 4),
            ["bursts"] = Bursts(ch.Bursts.Where(b => b.Level == 1)),
            ["harmful"] = harmful[ch.Key] is { } m ? new JsonObject
            {
                ["posts"] = m.Posts,
                ["authors"] = m.Authors,
                ["terms"] = new JsonArray([.. m.Terms.Select(x => (JsonNode)new JsonObject { ["term"] = x.Term, ["posts"] = x.Posts })]),
                ["post_ids"] = new JsonArray([.. m.PostIds.Select(id => (JsonNode)JsonValue.Create(id))]),
            } : null,
        })]),
        ["communities"] = new JsonObject
        {
            ["hashtags"] = communities.Nodes,
            ["edges"] = communities.Edges,
            ["modularity"] = Math.Round(communities.Modularity, 4),
            ["list"] = new JsonArray([.. communities.Communities.Select(m => (JsonNode)new JsonObject
            {
                ["label"] = m.Label,
                ["posts"] = m.Posts,
                ["authors"] = m.Authors,
                ["hashtags"] = new JsonArray([.. m.Hashtags.Select(h => (JsonNode)new JsonObject { ["tag"] = h.Entity?.Id, ["posts"] = h.Value })]),
                ["accounts"] = new JsonArray([.. m.Accounts.Select(a => (JsonNode)new JsonObject { ["id"] = a.Entity?.Id, ["name"] = a.Entity?.Label, ["posts"] = a.Value })]),
            })]),
        },
    };

    private static JsonArray Bursts(IEnumerable<TimedBurst> bursts) => new([.. bursts.Select(b => (JsonNode)new JsonObject
    {
        ["level"] = b.Level,
        ["start"] = FindingJson.FormatTime(b.Start),
        ["end"] = FindingJson.FormatTime(b.End),
        ["weight"] = Math.Round(b.Weight, 4),
    })]);

    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Time(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : throw new UsageException($"{option}: '{text}' is not a time (use ISO 8601, e.g. 2026-01-05T00:00:00Z)");
    }
}
