using Graywatch.Testing;

namespace Graywatch.Tests.Simulation;

/// <summary>Threats planted into real third-party exports under <c>shared/data/real-exports</c>, each planted and analysed once, on first use.</summary>
public sealed class PlantedRealExportsFixture : IDisposable
{
    private readonly Dictionary<string, PlantedRun> _runs = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The run planted into <paramref name="relative"/> (under <c>shared/data</c>), or null where that file is absent.</summary>
    public PlantedRun? Run(string relative)
    {
        if (SharedData.File(relative) is not { } path)
        {
            return null;
        }
        lock (_lock)
        {
            if (!_runs.TryGetValue(relative, out var run))
            {
                run = PlantedRun.Into(path, seed: 1);
                _runs[relative] = run;
            }
            return run;
        }
    }

    public void Dispose()
    {
        foreach (var run in _runs.Values)
        {
            run.Dispose();
        }
    }
}
