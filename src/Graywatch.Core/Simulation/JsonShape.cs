namespace Graywatch.Simulation;

/// <summary>How a JSON export wraps its items: bare one per line, in one array, in responses of a page of items each, or in a page wrapper one item each.</summary>
/// <param name="Open">Written before the first item of a page.</param>
/// <param name="Close">Written after the last item of a page, given the page number (0-based) and whether it is the file's last page.</param>
/// <param name="PageSize">Items per page; a page ends with a line break.</param>
/// <param name="Between">Written between two items of a page.</param>
internal sealed record JsonShape(string Open, Func<int, bool, string> Close, int PageSize, string Between = ",")
{
    /// <summary>JSON Lines: one bare item per line.</summary>
    public static readonly JsonShape Lines = new("", (_, _) => "", 1);

    /// <summary>One pretty-printed array of items, one item per line (TikTokApi dumps, Apify datasets).</summary>
    public static readonly JsonShape Array = new("[\n", (_, _) => "\n]", int.MaxValue, ",\n");

    /// <summary>A saved <c>api/post/item_list</c> or <c>api/recommend/item_list</c> response per line, 30 items each.</summary>
    public static readonly JsonShape ItemList = new("{\"itemList\":[", (page, last) => $"],\"cursor\":\"{(page + 1) * 30}\",\"hasMore\":{(last ? "false" : "true")},\"statusCode\":0}}", 30);

    /// <summary>A saved search response (<c>item_list</c>) per line, 12 items each.</summary>
    public static readonly JsonShape SearchList = new("{\"item_list\":[", (page, last) => $"],\"cursor\":{(page + 1) * 12},\"has_more\":{(last ? 0 : 1)},\"status_code\":0}}", 12);

    /// <summary>A video page's <c>itemInfo.itemStruct</c> per line.</summary>
    public static readonly JsonShape ItemStruct = new("{\"itemInfo\":{\"itemStruct\":", (_, _) => "},\"statusCode\":0}", 1);

    /// <summary>A video page's rehydration JSON per line (<c>__DEFAULT_SCOPE__</c> → <c>webapp.video-detail</c>).</summary>
    public static readonly JsonShape Rehydration = new("{\"__DEFAULT_SCOPE__\":{\"webapp.video-detail\":{\"itemInfo\":{\"itemStruct\":", (_, _) => "},\"statusCode\":0}}}", 1);

    /// <summary>drawrowfly tiktok-scraper's one-line document: <c>{"headers":…,"collector":[…],"zip":false}</c>.</summary>
    public static readonly JsonShape Collector = new("{\"headers\":{\"user-agent\":\"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36\",\"referer\":\"https://www.tiktok.com/\"},\"collector\":[",
        (_, _) => "],\"zip\":false}", int.MaxValue);
}
