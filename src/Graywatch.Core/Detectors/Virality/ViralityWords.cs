using System.Globalization;
using Graywatch.Localization;

namespace Graywatch.Detectors.Virality;

/// <summary>The virality findings' sentences in the run's language.</summary>
internal sealed class ViralityWords(string language)
{
    private static readonly Dictionary<string, string> s_zhTw = new(StringComparer.Ordinal)
    {
        ["Going viral: post predicted to reach {0} views"] = "即將爆紅：貼文預計觸及 {0} 次觀看",
        ["Going viral: #{0} predicted to reach {1} views"] = "即將爆紅：#{0} 預計觸及 {1} 次觀看",
        ["Overnight popularity: {0} ({1} followers) reached {2} views"] = "一夕爆紅：{0}（{1} 位追蹤者）觸及 {2} 次觀看",
        ["{0} views so far; forecast {1} (90% interval {2} – {3}) by {4} ({5}). 90% of the audience will have seen it by {6}."] =
            "目前 {0} 次觀看；預測 {1}（90% 區間 {2} – {3}），模型 {4}（{5}）。90% 的受眾將於 {6} 前看過。",
        ["{0} posts carrying #{1} have {2} views so far; forecast {3} (interval {4} – {5})."] =
            "帶有 #{1} 的 {0} 則貼文目前 {2} 次觀看；預測 {3}（區間 {4} – {5}）。",
        ["Views are {0} robust standard deviations above what accounts with {1} followers reach on {2}."] =
            "觀看數比 {2} 上擁有 {1} 位追蹤者的帳號高出 {0} 個穩健標準差。",
        ["Its {0} earlier posts in the data reached a median of {1} views; this one reached {2} times that."] =
            "此帳號在資料中較早的 {0} 則貼文觀看數中位數為 {1}；這則達到其 {2} 倍。",
        ["The post was {0} old when first observed, so the account's {1} followers stand for its reach before this post."] =
            "首次觀察到時貼文僅發布 {0}，因此帳號的 {1} 位追蹤者可代表此貼文之前的觸及。",
        ["{0} views so far; forecast {1} (90% interval {2} – {3}) by {4} ({5}). 90% of the audience had seen it by {6}."] =
            "目前 {0} 次觀看；預測 {1}（90% 區間 {2} – {3}），模型 {4}（{5}）。90% 的受眾已於 {6} 前看過。",
        ["Prepare a response before {0} ({1} from now): after that most of the audience has already seen it."] =
            "請在 {0}（{1}後）前準備回應：之後大部分受眾已看過。",
        ["The response window closed {0} after posting, {1} ago: most of the audience has already seen it; answer only where the post still spreads."] =
            "回應時間窗已於發布後 {0}關閉（{1}前）：大部分受眾已看過；僅在貼文仍在擴散之處回應。",
        ["Medium: reach only ({0} views, confidence {1}); no harm is judged from reach alone."] =
            "中：僅依觸及（{0} 次觀看，信心 {1}）；單憑觸及不判斷危害。",
        ["Low: {0} views, under the {1} a Medium finding needs."] = "低：{0} 次觀看，未達「中」所需的 {1} 次。",
        ["Low: confidence {0}, under the {1} a Medium finding needs."] = "低：信心 {0}，未達「中」所需的 {1}。",
        ["Low: {0} views at confidence {1}, under the {2} views and {3} confidence a Medium finding needs."] =
            "低：{0} 次觀看、信心 {1}，未達「中」所需的 {2} 次觀看與信心 {3}。",
        ["Low: the response window closed {0} ago, so there is nothing left to pre-empt ({1} views, confidence {2})."] =
            "低：回應時間窗已於 {0}前關閉，已無可預先因應之處（{1} 次觀看，信心 {2}）。",
        ["The response window of these posts closed {0} ago: most of their audience has already seen them."] =
            "這些貼文的回應時間窗已於 {0}前關閉：大部分受眾已看過。",
        ["{0} minutes"] = "{0} 分鐘",
        ["{0} hours"] = "{0} 小時",
        ["{0} days"] = "{0} 天",
        ["{0} months"] = "{0} 個月",
        ["{0} years"] = "{0} 年",
        ["1 minute"] = "1 分鐘",
        ["1 hour"] = "1 小時",
        ["1 day"] = "1 天",
        ["1 month"] = "1 個月",
        ["1 year"] = "1 年",
        ["Observed views"] = "實際觀看數",
        ["Views: observed and forecast"] = "觀看數：實際與預測",
        ["Forecast views"] = "預測觀看數",
        ["Forecast low (90%)"] = "預測下限（90%）",
        ["Forecast high (90%)"] = "預測上限（90%）",
        ["views"] = "觀看數",
        ["Response window"] = "回應時間窗",
        ["Top posts"] = "主要貼文",
        ["Forecasts assume the post keeps growing like the store's history of its platform and content kind; a push by the platform or a takedown breaks that."] =
            "預測假設貼文的成長與同平台、同內容類型的歷史相同；平台推播或下架都會改變走勢。",
        ["Sampled feed data, not a census: follower counts and views are as collected."] = "抽樣資料而非普查：追蹤數與觀看數以蒐集當時為準。",
        ["SEISMIC on comments treats each comment as exposing its author's followers; comments are reactions, not reshares."] =
            "以留言套用 SEISMIC 時，假設每則留言會觸及留言者的追蹤者；留言是反應而非轉發。",
        ["Check the source and the claim; if it misleads, answer where the audience is before the response window closes."] =
            "查核來源與內容；若有誤導，請在回應時間窗關閉前於受眾所在之處回應。",
    };

    public string Get(string key) => language == Strings.TraditionalChinese && s_zhTw.TryGetValue(key, out var zh) ? zh : Strings.Get(language, key);

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>A duration in words, in its largest sensible unit: "40 minutes", "5 hours", "3 days", "6 months", "2 years".</summary>
    public string Span(TimeSpan span)
    {
        var (n, unit) = span.TotalHours switch
        {
            < 1 => (Math.Max(1, (int)Math.Round(span.TotalMinutes)), "minute"),
            < 48 => ((int)Math.Round(span.TotalHours), "hour"),
            < 60 * 24 => ((int)Math.Round(span.TotalDays), "day"),
            < 730 * 24 => ((int)Math.Round(span.TotalDays / 30.44), "month"),
            _ => ((int)Math.Round(span.TotalDays / 365.25), "year"),
        };
        return n == 1 ? Get($"1 {unit}") : Format($"{{0}} {unit}s", n);
    }

    public static string N(double v) => v.ToString("N0", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
