namespace Graywatch.Simulation;

/// <summary>Writes scraper JSON (TikAPI / Apify style keys) as JSON Lines, one <see cref="ScraperItemWriter"/> item per line.</summary>
/// <remarks>
/// The format has no coordinates and no collection time: the file's last-write time stands for it. Apify's own keys
/// (<c>createTimeISO</c>, <c>collectCount</c>) are left out, so the file reads as scraper JSON, not as an Apify dataset.
/// </remarks>
internal sealed class ScraperJsonRoundWriter : IRoundWriter
{
    public string FileName(int round) => $"videos-r{round}.json";

    public void Write(JsonLinesFile file, SimPost post, int roundIndex, long observedUnixMs)
    {
        ScraperItemWriter.Write(file.BeginLine(), post, roundIndex, ScraperDialect.Scraper);
        file.EndLine();
    }
}
