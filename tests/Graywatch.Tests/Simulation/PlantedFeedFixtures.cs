using Graywatch.Testing;

namespace Graywatch.Tests.Simulation;

/// <summary>The threats planted into a made-up feed scrape (2,400 posts in the scraper CSV shape), analysed once for a test class.</summary>
public sealed class PlantedFeedFixture : IDisposable
{
    private readonly TempDir _input = new();

    public PlantedFeedFixture() => Run = PlantedRun.Into(FeedScrapeFixture.Write(_input["feed.csv"], 2400, seed: 3), seed: 1);

    public PlantedRun Run { get; }

    public void Dispose()
    {
        Run.Dispose();
        _input.Dispose();
    }
}

/// <summary>The threats planted into the real <c>tiktok-vn-feed/raw_data.csv</c>, analysed once; null where the shared data are absent.</summary>
public sealed class PlantedRealFeedFixture : IDisposable
{
    public PlantedRealFeedFixture() =>
        Run = SharedData.File("tiktok-vn-feed/raw_data.csv") is { } raw ? PlantedRun.Into(raw, seed: 1) : null;

    public PlantedRun? Run { get; }

    public void Dispose() => Run?.Dispose();
}
