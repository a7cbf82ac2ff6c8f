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
