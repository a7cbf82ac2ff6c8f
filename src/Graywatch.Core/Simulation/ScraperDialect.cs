namespace Graywatch.Simulation;

/// <summary>Which tool's keys a scraper-style JSON item carries besides the shared ones (<c>authorMeta</c>, <c>musicMeta</c>, counts).</summary>
internal enum ScraperDialect
{
    /// <summary>The shared keys only, so the item reads as Graywatch's <c>scraper-json</c>.</summary>
    Scraper,
    /// <summary>Apify's TikTok scraper: adds <c>createTimeISO</c>, <c>collectCount</c>, <c>textLanguage</c>, <c>locationCreated</c>, <c>mentions</c>.</summary>
    Apify,
    /// <summary>drawrowfly tiktok-scraper: adds <c>secretID</c>, <c>authorMeta.secUid</c>, <c>mentions</c> with <c>@</c>.</summary>
    TikTokScraper,
}
