using System.Globalization;
using Graywatch.Localization;

namespace Graywatch.Trends;

/// <summary>The words of the trend detectors and the <c>trends</c> verb, with their Traditional Chinese, in the run's language.</summary>
public sealed class TrendWords
{
    /// <summary>What a claim about the whole platform must say about how the data were collected (<see cref="Detectors.SamplingCaveats"/>).</summary>
    public IReadOnlyList<string> SamplingCaveats { get; init; } = [];

    static TrendWords() => Strings.AddTraditionalChinese(new Dictionary<string, string>
    {
        ["Emerging hashtags"] = "新興主題標籤",
        ["Emerging sounds"] = "新興音樂",
        ["Emerging effects"] = "新興特效",
        ["Emerging keywords"] = "新興關鍵詞",
        ["Trend score"] = "趨勢分數",
        ["score"] = "分數",
        ["posts per {0}"] = "則貼文／{0}",
        ["burst level {0}"] = "爆發等級 {0}",
        ["Top: {0} (score {1}: {2} posts in the last {3}, {4} in the {3} before, by {5} accounts)."] =
            "最高：{0}（分數 {1}：最近 {3} 有 {2} 則貼文，前一個 {3} 有 {4} 則，來自 {5} 個帳號）。",
        ["{0} bursts marked on the trend lines."] = "趨勢線上標出 {0} 次爆發。",
        ["Watch the top entries; check the accounts that started them before amplifying or answering."] =
            "留意排名最前的項目；在擴散或回應之前，先查核帶起這些趨勢的帳號。",
        ["Sampled feed data, not a census: counts describe what was collected, not the whole platform."] =
            "抽樣的動態資料，並非普查：數字只反映蒐集到的內容，不代表整個平台。",
        ["Windows end at the newest post in scope ({0}), not at the time of analysis."] = "時間窗以範圍內最新的貼文（{0}）為終點，而非分析時間。",
        ["Emerging challenge: {0}"] = "新興挑戰：{0}",
        ["Harmful challenge: {0}"] = "有害挑戰：{0}",
        ["{0} posts by {1} accounts since {2}; peak of {3} posts on {4}; phase: {5}."] = "自 {2} 起 {1} 個帳號發布 {0} 則貼文；高峰為 {4} 的 {3} 則；階段：{5}。",
        ["{0} of its posts ({1}) match the harmful-challenge watch list: {2}."] = "其中 {0} 則貼文（{1}）符合有害挑戰監看清單：{2}。",
        ["Emerging"] = "興起中",
        ["{0} posts by {1} accounts match the harmful-challenge watch list ({2}); phase: {3}."] = "{1} 個帳號的 {0} 則貼文符合有害挑戰觀察清單（{2}）；階段：{3}。",
        ["Peaking"] = "高峰",
        ["Decaying"] = "消退中",
        ["Posts per day"] = "每日貼文數",
        ["Creators who joined"] = "參與的創作者",
        ["Matched watch-list terms"] = "符合的監看詞",
        ["posts"] = "貼文",
        ["Brief creators and communities around it before it peaks; watch for copycat posts by young users."] =
            "在高峰前向周邊的創作者與社群說明；留意年輕使用者的模仿貼文。",
        ["Report the matching posts to the platform's trust and safety team for review; send a safety advisory to parents, schools and youth creators, and ask the creators who joined to post a counter-message."] =
            "將符合的貼文通報平台信任與安全團隊審查；向家長、學校與青少年創作者發布安全提醒，並請參與的創作者發布反制訊息。",
        ["Watch-list matches are keywords, not judgements: read the matching posts before acting."] = "監看清單比對只是關鍵詞，不是判斷：行動前請閱讀符合的貼文。",
        ["Co-hashtag communities"] = "主題標籤共現社群",
        ["{0} communities among {1} hashtags (modularity {2}). Largest: {3}."] = "{1} 個主題標籤中有 {0} 個社群（模組度 {2}）。最大：{3}。",
        ["Communities"] = "社群",
        ["Community"] = "社群",
        ["Hashtags"] = "主題標籤",
        ["Top accounts"] = "主要帳號",
        ["Posts"] = "貼文",
        ["Accounts"] = "帳號",
        ["Context for the other findings: who talks with which hashtags."] = "作為其他發現的背景：哪些人使用哪些主題標籤。",
        ["Hashtag hijack: {0} carried by {1}"] = "主題標籤挾持：{0} 被 {1} 帶走",
        ["{0} of {1} recent posts with {2} carry the hashtags of the {3} community (before: {4}); it belonged to the {5} community."] =
            "最近帶有 {2} 的 {1} 則貼文中有 {0} 帶有 {3} 社群的主題標籤（之前：{4}）；它原屬於 {5} 社群。",
        ["Hashtags of the carrying community"] = "帶走者社群的主題標籤",
        ["Accounts carrying it"] = "帶走它的帳號",
        ["Tell the community that owns the hashtag; check whether the carrying accounts act together before answering."] =
            "通知原本使用此標籤的社群；回應前先查核帶走它的帳號是否協同行動。",
        ["Communities come from the posts before the recent window; a small baseline makes them unstable."] = "社群取自最近時間窗之前的貼文；基準資料少時社群不穩定。",
        ["Communities depend on which hashtags are left out as generic (see trends.graph_exclude)."] = "社群結果取決於哪些泛用標籤被排除（見 trends.graph_exclude）。",
    });

    private readonly string _language;

    public TrendWords(string language) => _language = language;

    public string Get(string key) => Strings.Get(_language, key);

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A duration as people say it: <c>24h</c>, <c>7d</c>, <c>30m</c>.</summary>
    public static string Span(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays) ? $"{span.TotalDays:0}d"
        : span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours) ? $"{span.TotalHours:0}h"
        : $"{span.TotalMinutes:0.#}m";
}
