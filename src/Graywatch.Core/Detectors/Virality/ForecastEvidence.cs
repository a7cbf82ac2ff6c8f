using Graywatch.Findings;
using Graywatch.Store;
using Graywatch.Virality;

namespace Graywatch.Detectors.Virality;

/// <summary>A post's observed views and its forecast curve with the 90% band, as evidence series.</summary>
internal static class ForecastEvidence
{
    private const int Steps = 16;

    public static IReadOnlyList<Series> Curves(GraywatchStore store, PostForecast f, ViralityWords words)
    {
        var observed = store.Query(
            "SELECT epoch_us(observed_at), views FROM snapshots WHERE platform = ? AND post_id = ? AND views IS NOT NULL ORDER BY observed_at",
            r => new SeriesPoint(DateTimeOffset.UnixEpoch.AddTicks(r.GetInt64(0) * TimeSpan.TicksPerMicrosecond), r.GetInt64(1)),
            f.Platform, f.PostId);
        var end = f.At90 > f.LastObservedAt ? f.At90.AddHours((f.At90 - f.CreatedAt).TotalHours * 0.25) : f.LastObservedAt;
        var span = (end - f.CreatedAt).TotalHours;
        var window = f.HoursTo90 > 0 ? [new MarkedInterval(f.LastObservedAt, f.At90, words.Get("Response window"))] : Array.Empty<MarkedInterval>();
        Series Line(string name, double final) => new(words.Get(name), words.Get("views"),
            [.. Enumerable.Range(1, Steps).Select(i => span * i / Steps).Select(age =>
                new SeriesPoint(f.CreatedAt.AddHours(age), Math.Round(f.CountAt(final, age))))]);
        var chart = words.Get("Views: observed and forecast");
        return
        [
            new Series(words.Get("Observed views"), words.Get("views"), observed) { Chart = chart },
            Line("Forecast views", f.PredictedViews) with { Intervals = window, Chart = chart },
            Line("Forecast low (90%)", f.Low) with { Chart = chart, Band = "low" },
            Line("Forecast high (90%)", f.High) with { Chart = chart, Band = "high" },
        ];
    }
}
