namespace Graywatch.Simulation;

/// <summary>Writes one post as it was observed in one round, in one output shape.</summary>
internal interface IRoundWriter
{
    /// <summary>The file name of round <paramref name="round"/> (1-based).</summary>
    string FileName(int round);

    void Write(JsonLinesFile file, SimPost post, int roundIndex, long observedUnixMs);
}
