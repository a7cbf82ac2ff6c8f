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
        ["The account had no earlier post in the data before this one."] = "此帳號在資料中沒有更早的貼文。",
        ["The account first appears in the data less than {0} days before this post."] = "此帳號首次出現在資料中不到 {0} 天即發出此貼文。",
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
        ["Prepare a response before {0}: after that most of the audience has already seen it."] = "請在 {0} 前準備回應：之後大部分受眾已看過。",
        ["Check the source and the claim; if it misleads, answer where the audience is before the response window closes."] =
            "查核來源與內容；若有誤導，請在回應時間窗關閉前於受眾所在之處回應。",
    };

    public string Get(string key) => language == Strings.TraditionalChinese && s_zhTw.TryGetValue(key, out var zh) ? zh : Strings.Get(language, key);

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    public static string N(double v) => v.ToString("N0", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
