namespace Graywatch.Simulation;

/// <summary>The file format <see cref="Simulator"/> writes.</summary>
public enum OutputShape
{
    /// <summary>Zeeschuimer/4CAT NDJSON: one <c>items-rN.ndjson</c> per round, each line wrapping a TikTok web item.</summary>
    Zeeschuimer,

    /// <summary>TikTok Research API video objects as JSON Lines: one <c>videos-rN.jsonl</c> per round.</summary>
    Research,
}
