namespace Graywatch.Simulation;

/// <summary>One output file of posts in one input format, written post by post.</summary>
internal interface IPostFileWriter : IDisposable
{
    string Path { get; }

    /// <summary>Records written so far.</summary>
    long Lines { get; }

    void Write(SimPost post, int roundIndex, long observedUnixMs);
}
