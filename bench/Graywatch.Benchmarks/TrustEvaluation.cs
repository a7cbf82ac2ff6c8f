using System.Globalization;
using System.Text.Json;
using Graywatch.Detectors;
using Graywatch.Findings;
using Graywatch.Ingest;
using Graywatch.Pipeline;
using Graywatch.Simulation;
using Graywatch.Store;

namespace Graywatch.Benchmarks;

/// <summary>How far an analyst can believe the findings: false alarms on an organic real feed, recall of threats planted into it.</summary>
/// <remarks>
/// Usage: <c>trust FEED_DIR [--seeds 1,2,3] [--work DIR]</c>, FEED_DIR holding <c>raw_data.csv</c> and <c>recrawled_1v.csv</c>
/// (tiktok-vn-feed). Runs <c>analyze</c>'s pipeline (1) on <c>raw_data.csv</c>, (2) on both files, and (3) for each seed on
/// <c>simulate --plant-into raw_data.csv</c> with the sites it writes. Prints markdown: the stories of the organic runs by
/// severity with every High and Medium story; per planted threat whether a story of the right detector holds it (and the
/// ring's and stationed accounts' member recall and precision); the stories of the planted runs that touch no planted
/// entity; and per detector its precision and recall on the planted runs and its Medium-or-stronger findings per 10,000
/// real posts in the organic runs. A finding touches a threat when one of its entities is among the threat's accounts,
/// posts, hashtags or site in <c>truth.json</c>.
/// </remarks>
internal static class TrustEvaluation
{
    private static readonly Dictionary<string, string> DetectorOf = new(StringComparer.Ordinal)
    {
        ["coordination-ring"] = "coordination",
        ["harmful-challenge"] = "challenges",
        ["anger-surge"] = "incitement",
        ["viral-outlier"] = "virality",
        ["site-exposure"] = "exposure",
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var feed = args.Length > 0 ? args[0] : "/work/shared/data/tiktok-vn-feed";
        var seeds = new[] { 1, 2, 3 };
        var work = Path.Combine(Path.GetTempPath(), $"graywatch-trust-{Environment.ProcessId}");
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--seeds": seeds = [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
                case "--work": work = args[i + 1]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        Directory.CreateDirectory(work);
        var raw = Path.Combine(feed, "raw_data.csv");
        var recrawl = Path.Combine(feed, "recrawled_1v.csv");

        var perDetector = new Dictionary<string, (int Alarms, long Posts, int Hits, int All, int Found, int Planted)>(StringComparer.Ordinal);
        Console.WriteLine("## Organic feed: stories raised");
        Console.WriteLine();
        Console.WriteLine("| run | posts | Critical | High | Medium | Low | Info |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var organic = new List<(string Name, AnalysisResult Result)>();
        foreach (var (name, files) in new[] { ("raw_data.csv", new[] { raw }), ("raw_data.csv + recrawled_1v.csv", new[] { raw, recrawl }) })
        {
            var result = await AnalyzeAsync(Path.Combine(work, $"organic-{organic.Count}"), files, null);
            organic.Add((name, result));
            Console.WriteLine($"| {name} | {result.Stats.Posts:N0} | {Count(result, Severity.Critical)} | {Count(result, Severity.High)} | {Count(result, Severity.Medium)} | {Count(result, Severity.Low)} | {Count(result, Severity.Info)} |");
            foreach (var f in result.Findings.Where(f => f.Severity >= Severity.Medium))
            {
                var d = perDetector.GetValueOrDefault(f.Detector);
                perDetector[f.Detector] = d with { Alarms = d.Alarms + 1 };
            }
            foreach (var d in result.Detectors)
            {
                var x = perDetector.GetValueOrDefault(d.Id);
                perDetector[d.Id] = x with { Posts = x.Posts + result.Stats.Posts };
            }
        }
        foreach (var (name, result) in organic)
        {
            Console.WriteLine();
            Console.WriteLine($"High and Medium stories on {name}:");
            Console.WriteLine();
            foreach (var s in result.Stories.Where(s => s.Severity >= Severity.Medium))
            {
                Console.WriteLine($"- {s.Severity} · {string.Join("+", s.Parts.Select(p => p.Detector).Distinct())} · {s.Title}{(s.Why is null ? "" : " — " + s.Why)}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("## Threats planted into raw_data.csv");
        Console.WriteLine();
        Console.WriteLine("| seed | threat | story found (severity) | members: recall / precision | real-post stories: High / Medium |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var seed in seeds)
        {
            var dir = Path.Combine(work, $"planted-{seed}");
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
            new RealDataPlanter(new PlantIntoOptions { Inputs = [raw], Seed = seed }).Run(dir);
            var result = await AnalyzeAsync(Path.Combine(work, $"planted-{seed}-store"), [dir], Path.Combine(dir, "sites.csv"));
            using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "truth.json")));
            var threats = truth.RootElement.GetProperty("threats").EnumerateArray()
                .Select(t => (Kind: t.GetProperty("kind").GetString()!, Keys: Identities(t), Record: t)).ToList();
            var planted = threats.SelectMany(t => t.Keys).ToHashSet(StringComparer.Ordinal);
            var real = result.Stories.Where(s => !s.Parts.Any(p => Touches(p, planted))).ToList();
            var realCounts = $"{real.Count(s => s.Severity >= Severity.High)} / {real.Count(s => s.Severity == Severity.Medium)}";
            foreach (var (kind, keys, record) in threats)
            {
                var detector = DetectorOf.GetValueOrDefault(kind) ?? "?";
                var story = result.Stories.Where(s => s.Severity >= Severity.Medium && s.Parts.Any(p => p.Detector == detector && Touches(p, keys)))
                    .OrderByDescending(s => s.Severity).FirstOrDefault();
                var members = kind switch
                {
                    "coordination-ring" => MemberScore(record, result.Findings.Where(f => f.Detector == "coordination")
                        .Select(f => f.Evidence.Members.Select(Key).ToHashSet(StringComparer.Ordinal))
                        .OrderByDescending(m => m.Count(keys.Contains)).FirstOrDefault() ?? []),
                    "site-exposure" => MemberScore(record, result.Findings.Where(f => f.Detector == "exposure" && f.Evidence.Metrics.ContainsKey("work_share"))
                        .SelectMany(f => f.Entities.Where(e => e.Kind == EntityKinds.Account).Select(e => Key(e.Id))).ToHashSet(StringComparer.Ordinal)),
                    _ => "",
                };
                Console.WriteLine($"| {seed} | {kind} | {(story is null ? "**missed**" : story.Severity.ToString())} | {members} | {realCounts} |");
                var d = perDetector.GetValueOrDefault(detector);
                perDetector[detector] = d with { Planted = d.Planted + 1, Found = d.Found + (story is null ? 0 : 1) };
            }
            foreach (var f in result.Findings.Where(f => f.Severity >= Severity.Medium))
            {
                var d = perDetector.GetValueOrDefault(f.Detector);
                var hit = threats.Any(t => DetectorOf.GetValueOrDefault(t.Kind) == f.Detector && Touches(f, t.Keys));
                perDetector[f.Detector] = d with { All = d.All + 1, Hits = d.Hits + (hit ? 1 : 0) };
            }
        }

        Console.WriteLine();
        Console.WriteLine("## Per detector (Medium or stronger findings)");
        Console.WriteLine();
        Console.WriteLine("| detector | precision on planted runs | recall of its planted threats | false alarms per 10,000 real posts |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (id, d) in perDetector.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var precision = d.All == 0 ? "–" : $"{(double)d.Hits / d.All:0.00} ({d.Hits}/{d.All})";
            var recall = d.Planted == 0 ? "–" : $"{(double)d.Found / d.Planted:0.00} ({d.Found}/{d.Planted})";
            var alarms = d.Posts == 0 ? "–" : $"{d.Alarms * 10_000.0 / d.Posts:0.00} ({d.Alarms})";
            Console.WriteLine($"| {id} | {precision} | {recall} | {alarms} |");
        }
        return 0;
    }

    private static async Task<AnalysisResult> AnalyzeAsync(string dir, string[] inputs, string? sites)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
        Directory.CreateDirectory(dir);
        using var store = GraywatchStore.Open(Path.Combine(dir, "store.duckdb"));
        await new Ingestor(store, new IngestOptions(), TimeProvider.System).IngestAsync(inputs, null, CancellationToken.None);
        var settings = sites is null ? DetectorSettings.Empty : new DetectorSettings(new Dictionary<string, string> { ["exposure.sites"] = sites });
        var run = await AnalysisPipelineBuilder.CreateDefault().UseSettings(settings).Build().RunAsync(store, Path.Combine(dir, "out"), "en", null, CancellationToken.None);
        return run.Result;
    }

    private static int Count(AnalysisResult result, Severity severity) => result.Stories.Count(s => s.Severity == severity);

    /// <summary>Every string in a threat's record: its accounts' ids and handles, posts, hashtags and site, normalized.</summary>
    private static HashSet<string> Identities(JsonElement threat)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement e, string? name)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        Walk(p.Value, p.Name);
                    }
                    break;
                case JsonValueKind.Array:
                    foreach (var x in e.EnumerateArray())
                    {
                        Walk(x, name);
                    }
                    break;
                case JsonValueKind.String when name is not ("kind" or "description" or "angerWords" or "callsToAction" or "dangerWords" or "timeZone" or "workingHours" or "surgeStart" or "createdAt" or "day"):
                    keys.Add(Key(e.GetString()!));
                    break;
            }
        }
        Walk(threat, null);
        return keys;
    }

    private static string Key(string id) => id.Trim().TrimStart('#', '@').ToLowerInvariant();

    private static bool Touches(Finding f, HashSet<string> keys) => f.Entities.Any(e => keys.Contains(Key(e.Id))) || f.Evidence.Members.Any(m => keys.Contains(Key(m)));

    /// <summary>Member recall and precision: of the threat's accounts found, and of the found accounts that are the threat's.</summary>
    private static string MemberScore(JsonElement threat, HashSet<string> found)
    {
        var planted = threat.GetProperty("accounts").EnumerateArray()
            .Select(a => (Id: Key(a.GetProperty("id").GetString()!), Handle: Key(a.GetProperty("uniqueId").GetString()!))).ToList();
        if (found.Count == 0)
        {
            return "none found";
        }
        var hit = planted.Count(a => found.Contains(a.Id) || found.Contains(a.Handle));
        var keys = planted.SelectMany(a => new[] { a.Id, a.Handle }).ToHashSet(StringComparer.Ordinal);
        return $"{(double)hit / planted.Count:0.00} / {(double)found.Count(keys.Contains) / found.Count:0.00}";
    }
}
