using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using Graywatch.Cli.Infrastructure;
using Graywatch.Configuration;
using Graywatch.Detectors;
using Graywatch.Trends;
using Graywatch.Virality;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Commands;

/// <summary><c>graywatch forecast</c>: predicted final views, interval, time to 90% and model for every post with engagement history, or for cascades from CSV.</summary>
public sealed class ForecastCommand(IAnsiConsole console) : Command<ForecastCommand.Settings>
{
    /// <summary>Settings of <c>forecast</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--horizon <DURATION>")]
        [Description("Forecast the views this long after the last snapshot, e.g. 7d (default: virality.horizon or the final views).")]
        public string? Horizon { get; init; }

        [CommandOption("--post <ID>")]
        [Description("Only this post.")]
        public string? Post { get; init; }

        [CommandOption("--top <N>")]
        [Description("Posts shown, the most viewed first (default: 20 in the table, every post with --json).")]
        public int? Top { get; init; }

        [CommandOption("--cascades <FILE>")]
        [Description("Forecast cascades from a CSV (cascade_id,time,magnitude,user; times in seconds) with SEISMIC instead of the store's posts.")]
        public string? Cascades { get; init; }

        [CommandOption("--observe <DURATION>")]
        [Description("With --cascades: how much of each cascade is seen before forecasting (default 1h).")]
        public string Observe { get; init; } = "1h";

        public override ValidationResult Validate()
        {
            var b = base.Validate();
            return !b.Successful ? b : Top < 1 ? ValidationResult.Error("--top must be 1 or more") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var detectorSettings = new DetectorSettings(GraywatchConfig.Load(settings.Config).Detectors);
        ForecastOptions options;
        try
        {
            options = ForecastOptions.From(detectorSettings);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"{settings.Config}: {ex.Message}");
        }
        return settings.Cascades is { } file
            ? Cascades(file, Duration(settings.Observe, "--observe"), SeismicOptions.From(detectorSettings), settings.Json)
            : Posts(settings, options, cancellationToken);
    }

    private int Posts(Settings settings, ForecastOptions options, CancellationToken cancellationToken)
    {
        if (settings.Horizon is { } h)
        {
            options = options with { Horizon = Duration(h, "--horizon") };
        }
        using var store = StoreAccess.OpenExisting(settings.Db);
        var fits = new PostForecaster(store, options).Run(cancellationToken);
        var rows = PostForecaster.Read(store, settings.Post, settings.Top ?? (settings.Json ? null : 20));
        if (settings.Json)
        {
            var writer = console.Profile.Out.Writer;
            foreach (var f in rows)
            {
                writer.WriteLine(Json(f).ToJsonString());
            }
            return ExitCodes.Done;
        }
        var fitTable = new Table().Title("Growth per age band, fitted on the store's snapshots (k: log growth per unit of log age; α, γ: weight of the platform's growth and of the post's own pace)")
            .AddColumns("platform", "fitted on", "age band", "k", "α", "γ", "held out (seen once / growing)");
        foreach (var f in fits)
        {
            var m = f.Views;
            for (var b = 0; b < AgeBands.Count; b++)
            {
                fitTable.AddRow(b == 0 ? Display.Escape(f.Platform) : "", b == 0 ? $"{Display.Escape(m.Fit)} ({N(m.Pairs)} pairs, {N(m.Triples)} triples)" : "",
                    AgeBands.Name(b), Num(m.Elasticity[b]), Num(m.Alpha[b]), Num(m.Gamma[b]), $"{N(m.SeenOnce[b].Held)} / {N(m.Growing[b].Held)}");
            }
        }
        console.Write(fitTable);
        var now = TimeProvider.System.GetUtcNow();
        var t = new Table().Title(options.Horizon is { } span ? $"Views in {span.TotalHours:0.#} h" : "Final views").AddColumns(
            "post", "model", "snapshots", "observed", "predicted", "low", "high", "90% by", "response window");
        foreach (var f in rows)
        {
            t.AddRow(Display.Escape(f.PostId), Display.Escape(f.Model), f.Snapshots.ToString(CultureInfo.InvariantCulture),
                N(f.ObservedViews), N(f.PredictedViews), N(f.Low), N(f.High), f.At90.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture),
                Window(f, now));
        }
        console.Write(t);
        return ExitCodes.Done;
    }

    private int Cascades(string file, TimeSpan observe, SeismicOptions options, bool json)
    {
        var cascades = CascadeCsv.Read(file);
        var t = new Table().Title($"Cascades after {observe.TotalHours:0.##} h (SEISMIC, n*={options.NStar})").AddColumns("cascade", "model", "observed", "predicted", "low", "high", "p̂");
        foreach (var c in cascades)
        {
            var f = Seismic.Predict(c.Events, observe.TotalSeconds, options);
            if (json)
            {
                var o = new JsonObject
                {
                    ["cascade_id"] = c.Id,
                    ["model"] = f.Model,
                    ["observed_size"] = f.ObservedSize,
                    ["predicted_size"] = Finite(f.PredictedSize),
                    ["low"] = Finite(f.Low),
                    ["high"] = Finite(f.High),
                    ["supercritical"] = f.Supercritical,
                };
                console.Profile.Out.Writer.WriteLine(o.ToJsonString());
            }
            else
            {
                t.AddRow(Display.Escape(c.Id), f.Model, f.ObservedSize.ToString(CultureInfo.InvariantCulture), Size(f.PredictedSize), Size(f.Low), Size(f.High),
                    double.IsNaN(f.Infectiousness) ? "–" : f.Infectiousness.ToString("G3", CultureInfo.InvariantCulture));
            }
        }
        if (!json)
        {
            console.Write(t);
        }
        return ExitCodes.Done;
    }

    /// <summary>One post's forecast as the JSON line of <c>forecast --json</c>.</summary>
    internal static JsonObject Json(PostForecast f) => new()
    {
        ["id"] = f.PostId,
        ["platform"] = f.Platform,
        ["model"] = f.Model,
        ["fit"] = f.Fit,
        ["snapshots"] = f.Snapshots,
        ["observed_views"] = f.ObservedViews,
        ["predicted_views"] = f.PredictedViews,
        ["low"] = f.Low,
        ["high"] = f.High,
        ["observed_shares"] = f.ObservedShares,
        ["predicted_shares"] = f.PredictedShares,
        ["time_to_90pct"] = Math.Round(f.HoursTo90, 2),
        ["at_90pct"] = f.At90.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };

    private static JsonNode? Finite(double v) => double.IsFinite(v) ? JsonValue.Create(Math.Round(v, 2)) : null;

    private static string Size(double v) => double.IsFinite(v) ? v.ToString("N0", CultureInfo.InvariantCulture) : "∞";

    /// <summary>The response window against the clock: hours left while open, how long ago once closed.</summary>
    private static string Window(PostForecast f, DateTimeOffset now) => f.At90 > now
        ? string.Create(CultureInfo.InvariantCulture, $"open, {(f.At90 - now).TotalHours:0.#} h left")
        : $"closed {Ago(now - f.At90)} ago";

    private static string Ago(TimeSpan span) => span.TotalHours < 48
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0} h")
        : span.TotalDays < 60 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0} d") : string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays / 30.44:0} months");

    private static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static TimeSpan Duration(string text, string option)
    {
        try
        {
            return TrendOptions.ParseDuration(text);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"{option}: {ex.Message}");
        }
    }
}
