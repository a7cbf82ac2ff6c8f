using Graywatch.Testing;

namespace Graywatch.Tests.Simulation;

/// <summary>The threats planted into the real <c>tiktok-vn-feed/raw_data.csv</c>, analysed once; null where the shared data are absent.</summary>
public sealed class PlantedRealFeedFixture : IDisposable
{
    public PlantedRealFeedFixture() =>
        Run = SharedData.File("tiktok-vn-feed/raw_data.csv") is { } raw ? PlantedRun.Into(raw, seed: 1) : null;

    public PlantedRun? Run { get; }

    public void Dispose() => Run?.Dispose();
}
