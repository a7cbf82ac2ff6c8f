namespace Graywatch.Simulation;

/// <summary>A JSON Lines file of posts in the shape of one <see cref="IRoundWriter"/>.</summary>
internal sealed class JsonPostFile(string path, IRoundWriter shape) : IPostFileWriter
{
    private readonly JsonLinesFile _file = new(path);

    public string Path => _file.Path;

    public long Lines => _file.Lines;

    public void Write(SimPost post, int roundIndex, long observedUnixMs) => shape.Write(_file, post, roundIndex, observedUnixMs);

    public void Dispose() => _file.Dispose();
}
