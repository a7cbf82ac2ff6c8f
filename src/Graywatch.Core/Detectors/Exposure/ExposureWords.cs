using System.Globalization;
using Graywatch.Localization;

namespace Graywatch.Detectors.Exposure;

/// <summary>The words of the exposure findings, with their Traditional Chinese, in the run's language.</summary>
public sealed class ExposureWords
{
    static ExposureWords() => Strings.AddTraditionalChinese(new Dictionary<string, string>
    {
        ["Site exposed: {0}"] = "敏感地點曝光：{0}",
        ["{0} posts by {1} accounts placed in or near {2} ({3} inside its zone); {4} show the site itself (equipment or activity terms). Placed by: {5}."] =
            "{1} 個帳號的 {0} 則貼文位於 {2} 內或附近（{3} 則在範圍內）；{4} 則顯示地點本身（裝備或活動詞）。定位方式：{5}。",
        ["Likely stationed at {0}: {1}"] = "可能駐守於 {0}：{1}",
        ["{0} posts from a place {1} m from {2} in weekday working hours ({3} of its posts there, on {4} days){5}."] =
            "{0} 則貼文於平日上班時間發自距 {2} {1} 公尺處（該處貼文的 {3}，共 {4} 天）{5}。",
        ["; a separate home place is also visible ({0} posts at night and weekends)"] = "；另可看出住家位置（夜間與週末 {0} 則貼文）",
        ["Unit movement: {0} stationed accounts together near {1}"] = "部隊移動：{0} 個駐守帳號同時出現在 {1} 附近",
        ["{0} accounts stationed at {1} posted within {2} of each other at one place between {3} and {4}."] =
            "駐守於 {1} 的 {0} 個帳號於 {3} 至 {4} 間在同一地點相距 {2} 內發文。",
        ["Watch list: {0} terms in {1} posts"] = "監看清單：{1} 則貼文含{0}詞",
        ["{0} posts by {1} accounts mention watch-listed {2} terms; top: {3}."] = "{1} 個帳號的 {0} 則貼文提及監看清單中的{2}詞；最多：{3}。",
        ["{0} posts placed inside the zone of {1}, {2} of them showing the site itself."] = "{0} 則貼文位於 {1} 範圍內，其中 {2} 則顯示地點本身。",
        ["{0} weekday working-hour posts on {1} days from {2} m of {3}: the account's pattern of life places it there."] =
            "{1} 天內有 {0} 則平日上班時間的貼文發自距 {3} {2} 公尺處：此帳號的生活規律顯示其在該處。",
        ["{0} accounts stationed at {1} posted together from one place away from it: a possible movement."] = "駐守於 {1} 的 {0} 個帳號在離開該地的同一地點一起發文：可能是部隊移動。",
        ["unit"] = "部隊",
        ["equipment"] = "裝備",
        ["activity"] = "活動",
        ["Placements"] = "定位",
        ["Map"] = "地圖",
        ["{0} places"] = "{0} 個地點",
        ["Exposure: sites and stationed personnel"] = "曝光：敏感地點與駐守人員",
        ["Sites and the posts that expose them"] = "敏感地點與曝光貼文",
        ["Accounts likely stationed at a site"] = "可能駐守於敏感地點的帳號",
        ["Site"] = "地點",
        ["Period"] = "期間",
        ["What to tell your people"] = "要告訴你的人員",
        ["Turn off location for the camera and the app; remove place tags before posting."] = "關閉相機與應用程式的定位；發文前移除地點標籤。",
        ["Do not film inside a site, at its gates, or its equipment, aircraft, vehicles or drills."] = "不要在營區內、門口拍攝，也不要拍攝裝備、飛機、車輛或操演。",
        ["Check what the background, badges, unit patches and screens show before posting."] = "發文前檢查背景、識別證、部隊臂章與螢幕拍到什麼。",
        ["Posting from the same places on a schedule shows where you work and live: vary or stop it."] = "固定時間從相同地點發文會暴露你的工作與住處：請改變或停止。",
        ["Post"] = "貼文",
        ["Account"] = "帳號",
        ["Time"] = "時間",
        ["Method"] = "方式",
        ["Distance (m)"] = "距離（公尺）",
        ["Confidence"] = "信心",
        ["Place"] = "地點",
        ["Posts per day"] = "每日貼文數",
        ["Accounts"] = "帳號",
        ["posts"] = "貼文",
        ["Work-place posts"] = "工作地點貼文",
        ["Matched watch-list terms"] = "符合的監看詞",
        ["a place with no listed site"] = "未列名的地點",
        ["Positions can be wrong or spoofed; a place tag or a mention says less than coordinates."] = "位置可能錯誤或被偽造；地點標籤或提及的可信度低於座標。",
        ["Privacy: this infers where a person works and lives. Use it only to protect the people concerned, keep it confidential, and do not publish it."] =
            "隱私：此結果推論個人的工作與居住地點。僅可用於保護當事人，須保密，不得公開。",
        ["Working hours are read in local time from the post's longitude unless exposure.utc_offset is set."] = "上班時間以貼文經度推算的當地時間判斷，除非設定 exposure.utc_offset。",
        ["Watch-list matches are keywords, not judgements: read the matching posts before acting."] = "監看清單比對只是關鍵詞，不是判斷：行動前請閱讀符合的貼文。",
        ["Tell your people: turn off location on posts and in the camera, do not film inside the site, its gates, equipment or drills, and check what the background shows before posting. Ask the platform to remove posts that show the site."] =
            "告訴你的人員：關閉貼文與相機的定位，不要在營區內、門口拍攝裝備或操演，發文前檢查背景拍到什麼。請平台移除顯示該地點的貼文。",
        ["Contact the account holder through the chain of command: explain what their posts reveal, ask them to remove location data and the site posts, and review their privacy settings."] =
            "透過指揮體系聯繫帳號持有人：說明其貼文洩漏了什麼，請其移除定位資料與營區貼文，並檢查隱私設定。",
        ["Treat as a possible movement leak: confirm with the unit, ask the accounts to remove the posts, and remind the unit of operational security before moves."] =
            "視為可能的移動洩漏：向單位確認，請帳號移除貼文，並於移動前提醒單位作業保密。",
        ["Read the matching posts; brief the people who posted them on what not to show."] = "閱讀符合的貼文；提醒發文者哪些內容不應公開。",
    });

    private readonly string _language;

    public ExposureWords(string language) => _language = language;

    public string Get(string key) => Strings.Get(_language, key);

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);
}
