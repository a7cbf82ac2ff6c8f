using System.Reflection;
using Graywatch.Cli.Commands;
using Graywatch.Readers;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Builds the <c>graywatch</c> command line: one class per verb.</summary>
public static class GraywatchApp
{
    /// <summary>This build's version (the informational version without its commit suffix).</summary>
    public static string Version { get; } =
        (typeof(GraywatchApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Registers every verb on <paramref name="config"/>.</summary>
    public static void Configure(IConfigurator config)
    {
        config.SetApplicationName("graywatch");
        config.SetApplicationVersion(Version);
        config.PropagateExceptions();
        config.UseStrictParsing();
        config.SetInterceptor(new ConfigurationCheck());
        config.AddCommand<AnalyzeCommand>("analyze").WithDescription("The main job: ingest the given files (if any), run every detector, write findings.jsonl and brief.html.").WithExample("analyze", "exports/", "--out", "out/");
        config.AddCommand<IngestCommand>("ingest").WithDescription("Read exports into the store; report counts, duplicates, quarantined records.").WithExample("ingest", "exports/", "--observed-at", "2026-05-29T15:00:00Z");
        config.AddCommand<CoordCommand>("coord").WithDescription("Coordinated sharing networks (CooRTweet's method): pairs, edges, accounts, groups and GraphML.").WithExample("coord", "shares.csv", "--by", "repost", "--window", "60", "--out", "out/coord");
        config.AddCommand<ExposureCommand>("exposure").WithDescription("Posts that reveal sensitive sites, accounts likely stationed at them, unit movements and watch-list matches.").WithExample("exposure", "--sites", "samples/sites.csv", "--radius", "2km", "--out", "out/exposure");
        config.AddCommand<ScanMediaCommand>("scan-media").WithDescription("What photos and videos leak (GPS, time, device, serial, owner), whether they were taken at a site; --strip-to writes clean copies.").WithExample("scan-media", "photos/", "--sites", "samples/sites.csv", "--strip-to", "clean/");
        config.AddCommand<RawCommand>("raw").WithDescription("The original records behind a post, with their file and line.").WithExample("raw", "7300000000000000001");
        config.AddCommand<StatsCommand>("stats").WithDescription("The store's totals.").WithExample("stats", "--json");
        config.AddCommand<ForecastCommand>("forecast").WithDescription("Forecast final views, interval, time to 90% and response window per post (log-linear or SEISMIC), or cascades from CSV.").WithExample("forecast", "--horizon", "7d", "--json");
        config.AddCommand<TrendsCommand>("trends").WithDescription("Emerging hashtags, sounds, effects or keywords with bursts; challenges and their lifecycle; co-hashtag communities.").WithExample("trends", "--entity", "hashtag", "--bin", "1h", "--with", "#a", "--with", "#b");
        config.AddCommand<ScoreTextCommand>("score-text").WithDescription("Language, emotions, hostility and incitement of a text or a file of texts, with reasons.").WithExample("score-text", "\"Everyone go to City Hall tomorrow at 3pm!\"", "--json");
        config.AddCommand<TrainTextCommand>("train-text").WithDescription("Train a text model (emotion, hostility…) on labelled data.").WithExample("train-text", "--data", "labeled.csv", "--label", "class", "--out", "hostility-en.gwm");
        config.AddCommand<EvalTextCommand>("eval-text").WithDescription("Accuracy and F1 of a text model on labelled data (or its held-out part).").WithExample("eval-text", "--model", "hostility-en", "--data", "labeled.csv", "--label", "class", "--holdout", "0.2");
        config.AddCommand<AuditApkCommand>("audit-apk").WithDescription("Does this Android app harvest device identifiers? Findings with call sites, trackers, endpoints, risk.").WithExample("audit-apk", "app.apk", "--out", "out/", "--lang", "zh-TW");
        config.AddCommand<SimulateCommand>("simulate").WithDescription("Synthetic TikTok data with planted threats and a ground-truth file.").WithExample("simulate", "--posts", "3000", "--seed", "7", "--out", "samples/tiktok");
    }

    /// <summary>Runs the command line and maps errors to exit codes: 2 bad usage, 3 bad input, never a stack trace for user errors.</summary>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(c =>
        {
            Configure(c);
            if (console is not null)
            {
                c.ConfigureConsole(console);
            }
        });
        var err = console ?? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        try
        {
            return await app.RunAsync(args);
        }
        catch (CommandParseException ex)
        {
            err.MarkupLineEscaped($"[red]error:[/] {OptionValues.Explain(ex.Message, args)}");
            return ExitCodes.BadUsage;
        }
        catch (CommandRuntimeException ex)
        {
            err.MarkupLineEscaped($"[red]error:[/] {OptionValues.Explain(ex.Message, args)}");
            return ExitCodes.BadUsage;
        }
        catch (UsageException ex)
        {
            err.MarkupLineEscaped($"[red]error:[/] {ex.Message}");
            return ExitCodes.BadUsage;
        }
        catch (InputException ex)
        {
            err.MarkupLineEscaped($"[red]error:[/] {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (DuckDB.NET.Data.DuckDBException ex)
        {
            // A store problem (disk full, memory limit, a locked file): say what, without a stack trace.
            err.MarkupLineEscaped($"[red]store error:[/] {ex.Message.Split('\n')[0]}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            err.MarkupLine("[yellow]cancelled[/]");
            return 130;
        }
    }
}
