using System.Globalization;
using Graywatch.Localization;

namespace Graywatch.Detectors.Incitement;

/// <summary>The words of the incitement detector, with their Traditional Chinese, in the run's language.</summary>
public sealed class IncitementWords(string language)
{
    static IncitementWords() => Strings.AddTraditionalChinese(new Dictionary<string, string>
    {
        ["Inciting posts reaching far"] = "觸及廣泛的煽動貼文",
        ["{0} posts score {1} or more for incitement; the most reached has {2} views: {3}"] = "{0} 則貼文的煽動分數達 {1} 以上；觸及最多的一則有 {2} 次觀看：{3}",
        ["Most-reached inciting posts"] = "觸及最多的煽動貼文",
        ["Post"] = "貼文",
        ["Author"] = "作者",
        ["Views"] = "觀看",
        ["Incitement"] = "煽動",
        ["Anger"] = "憤怒",
        ["Reasons"] = "理由",
        ["Text"] = "文字",
        ["Time"] = "時間",
        ["views"] = "觀看",
        ["Anger rising: {0}"] = "憤怒升高：{0}",
        ["The share of angry posts with {0} rose from {1} to {2} on {3} ({4} posts since; change-point statistic {5})."] =
            "帶有 {0} 的憤怒貼文比例在 {3} 由 {1} 升至 {2}（此後 {4} 則貼文；變點統計量 {5}）。",
        ["Share of angry posts per day"] = "每日憤怒貼文比例",
        ["share"] = "比例",
        ["angrier from here"] = "自此更憤怒",
        ["Angriest posts since the change"] = "變點後最憤怒的貼文",
        ["Anger share by topic"] = "各主題的憤怒比例",
        ["Daily share of angry posts for the {0} hashtags with the most angry posts."] = "憤怒貼文最多的 {0} 個主題標籤的每日憤怒貼文比例。",
        ["Scores come from text models and word lists: read the posts and their reasons before acting."] = "分數來自文字模型與詞表：行動前請閱讀貼文與理由。",
        ["Models trained on public tweets and Weibo posts can miss slang, irony and code words."] = "以公開推文與微博訓練的模型可能漏判俚語、反諷與暗語。",
        ["Report the posts with a call to action at a time and place to the platform and, where violence is named, to the police; brief the community leaders of the targeted group."] =
            "將帶有時間地點行動號召的貼文通報平台，涉及暴力者通報警方；並向被針對群體的社群領袖說明。",
        ["A post naming violence against a group, or calling people to a time and place, has reached {0} views."] = "一則對群體點名暴力、或號召民眾於特定時間地點集結的貼文已有 {0} 次觀看。",
        ["{0} strongly inciting posts by {1} accounts have reached {2} views together."] = "{1} 個帳號的 {0} 則強烈煽動貼文合計已有 {2} 次觀看。",
        ["{0} of {1} posts since the change are angry, by {2} accounts, and some incite."] = "變點後 {1} 則貼文中有 {0} 帶有憤怒，來自 {2} 個帳號，且其中有煽動內容。",
        ["Watch the topic; answer the grievance with facts from a trusted voice before calls to gather spread."] = "持續關注此主題；在集結號召擴散之前，由可信的發言者以事實回應民怨。",
    });

    public string Get(string key) => Strings.Get(language, key);

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Score(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Day(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
