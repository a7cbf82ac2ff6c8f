using Graywatch.Detectors;
using Graywatch.Findings;

namespace Graywatch.Testing;

/// <summary>A detector double that returns fixed findings, or throws when given an exception, and counts its runs.</summary>
public sealed class StubDetector(string id, Exception? failure = null, params Finding[] findings) : IDetector
{
    public string Id => id;

    public string Module => "test";

    public int Runs { get; private set; }

    public Task<IReadOnlyList<Finding>> DetectAsync(DetectorContext context, CancellationToken cancellationToken)
    {
        Runs++;
        return failure is null ? Task.FromResult<IReadOnlyList<Finding>>(findings) : throw failure;
    }
}
