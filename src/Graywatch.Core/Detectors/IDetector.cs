using Graywatch.Findings;

namespace Graywatch.Detectors;

/// <summary>One concern: reads what it needs from the store and returns findings.</summary>
/// <remarks>Detectors hold no state between runs; parameters come from <see cref="DetectorContext.Settings"/>.</remarks>
public interface IDetector
{
    /// <summary>Stable detector id, used in finding ids and configuration (<c>detectors:{id}:…</c>).</summary>
    string Id { get; }

    /// <summary>The threat module the findings belong to.</summary>
    string Module { get; }

    Task<IReadOnlyList<Finding>> DetectAsync(DetectorContext context, CancellationToken cancellationToken);
}
