namespace Graywatch.Localization;

/// <summary>User-facing words in English and Traditional Chinese (Taiwan); English is the key.</summary>
/// <remarks>A key without a translation falls back to English. Thread-safe (read-only after start).</remarks>
public static class Strings
{
    public const string English = "en";
    public const string TraditionalChinese = "zh-TW";

    private static readonly Dictionary<string, string> ZhTw = new(StringComparer.Ordinal)
    {
        ["what"] = "項目",
        ["count"] = "數量",
        ["posts"] = "貼文",
        ["snapshots"] = "互動快照",
        ["accounts"] = "帳號",
        ["comments"] = "留言",
        ["quarantined"] = "隔離紀錄",
        ["source files"] = "來源檔案",
        ["files"] = "檔案",
        ["records read"] = "讀取紀錄",
        ["new posts"] = "新貼文",
        ["snapshots added"] = "新增快照",
        ["duplicates"] = "重複",
        ["quarantined by reason"] = "依原因隔離",
        ["reason"] = "原因",
        ["file"] = "檔案",
        ["format"] = "格式",
        ["records"] = "紀錄",
        ["failed"] = "失敗",
        ["error"] = "錯誤",
        ["(empty)"] = "（空白）",
        ["already ingested"] = "已匯入過",
        ["nothing from this file was stored"] = "此檔案的內容均未寫入",
        ["note: collection time taken from the file's modification time (pass --observed-at to set it) for"] = "注意：以下檔案的蒐集時間取自檔案修改時間（可用 --observed-at 指定）：",

        // Overview detector.
        ["Overview of the collected data"] = "蒐集資料總覽",
        ["The store is empty"] = "資料庫是空的",
        ["No posts have been ingested yet. Run graywatch ingest or graywatch analyze with export files."] =
            "尚未匯入任何貼文。請以匯出檔執行 graywatch ingest 或 graywatch analyze。",
        ["{0} posts by {1} accounts, {2} to {3}."] = "{1} 個帳號的 {0} 則貼文，時間自 {2} 至 {3}。",
        ["{0} posts by {1} accounts; no post has a creation time."] = "{1} 個帳號的 {0} 則貼文；沒有貼文帶有發布時間。",
        ["{0} views in the latest engagement snapshots."] = "最新互動快照合計觀看 {0} 次。",
        ["Most used hashtag: #{0} ({1} posts)."] = "最常用的主題標籤：#{0}（{1} 則貼文）。",
        ["Context for the other findings; no response needed."] = "作為其他發現的背景資料，無需回應。",
        ["Sampled feed data, not a census: counts describe what was collected, not the whole platform."] =
            "抽樣的動態資料，並非普查：數字只反映蒐集到的內容，不代表整個平台。",
        ["Search results, not a census: posts were collected because they matched a query, so the queried hashtags and words are over-represented."] =
            "搜尋結果，並非普查：貼文因符合查詢而被蒐集，查詢的主題標籤與字詞因此偏多。",
        ["Timelines of chosen accounts, not a census: counts describe those accounts, not the platform."] =
            "特定帳號的動態，並非普查：數字只反映這些帳號，不代表整個平台。",
        ["Simulated data made by graywatch simulate: planted threats, not real events."] =
            "由 graywatch simulate 產生的模擬資料：植入的威脅並非真實事件。",
        ["How these data were collected is not recorded (say it with ingest --sampling), so counts may describe a sample, not the platform."] =
            "未記錄這些資料的蒐集方式（可用 ingest --sampling 指定），數字可能只反映樣本，不代表整個平台。",
        ["Related findings: {0}."] = "相關發現：{0}。",
        ["One story: {0} findings from {1}"] = "同一事件：{0} 項發現，來自 {1}",
        ["What ran"] = "執行的偵測器",
        ["Detector"] = "偵測器",
        ["Result"] = "結果",
        ["Findings"] = "發現",
        ["ran"] = "已執行",
        ["found nothing"] = "未發現",
        ["skipped"] = "略過",
        ["Stories by severity"] = "各嚴重程度的事件數",
        ["How the data were collected"] = "資料蒐集方式",
        ["no site file given (--sites or exposure.sites)"] = "未提供場所檔案（--sites 或 exposure.sites）",
        ["fewer than two accounts with timed posts"] = "有發布時間的貼文來自不到兩個帳號",
        ["no post has a creation time"] = "沒有貼文帶有發布時間",
        ["no view counts to forecast"] = "沒有可預測的觀看次數",
        ["no caption, sticker, transcript or comment to score"] = "沒有可評分的說明文字、貼圖文字、逐字稿或留言",
        ["story"] = "事件",
        ["sampling"] = "蒐集方式",
        ["stories"] = "事件",
        ["Engagement counts come from a single snapshot for {0} of posts with counts, so their growth cannot be measured."] =
            "有互動數的貼文中，{0} 只有單一快照，無法衡量其成長。",
        ["{0} of posts have no engagement counts."] = "{0} 的貼文沒有互動數。",
        ["{0} of posts lack a creation time and are missing from the volume chart."] = "{0} 的貼文缺少發布時間，未列入發文量圖表。",
        ["{0} records quarantined ({1})."] = "{0} 筆紀錄遭隔離（{1}）。",
        ["Collection time inferred from file time for {0} files."] = "{0} 個檔案的蒐集時間是由檔案時間推定。",
        ["Posts per hour"] = "每小時貼文數",
        ["Posts per day"] = "每日貼文數",
        ["posts per hour"] = "則貼文／小時",
        ["posts per day"] = "則貼文／日",
        ["Top hashtags"] = "熱門主題標籤",
        ["Top sounds"] = "熱門音樂",
        ["Top accounts by posts"] = "發文最多的帳號",
        ["Top accounts by views"] = "觀看次數最多的帳號",
        ["views"] = "觀看次數",

        // Situation brief and analysis pipeline.
        ["Situation brief"] = "情勢簡報",
        ["Generated at"] = "產生時間",
        ["Language"] = "語言",
        ["Store totals"] = "資料庫總計",
        ["Findings by severity"] = "各嚴重程度的發現數",
        ["What is happening"] = "目前情勢",
        ["No findings."] = "沒有發現。",
        ["Confidence"] = "信心水準",
        ["Observed reach"] = "已觀察觸及",
        ["Predicted reach"] = "預測觸及",
        ["Time span"] = "時間範圍",
        ["Entities"] = "相關對象",
        ["Suggested response"] = "建議回應",
        ["Caveats"] = "注意事項",
        ["Evidence"] = "證據",
        ["Metrics"] = "指標",
        ["Members"] = "成員",
        ["Module"] = "模組",
        ["Data quality and caveats"] = "資料品質與注意事項",
        ["No caveats."] = "沒有注意事項。",
        ["Detector errors"] = "偵測器錯誤",
        ["These detectors failed; their findings are missing from this brief."] = "下列偵測器執行失敗，其發現未列入本簡報。",
        ["Made by Graywatch. This file is self-contained and loads nothing from the network."] =
            "由 Graywatch 產生。本檔案自成一體，不會從網路載入任何內容。",
        ["and {0} more"] = "另有 {0} 項",
        ["{0} views"] = "{0} 次觀看",
        ["{0} nodes"] = "{0} 個節點",
        ["{0} links"] = "{0} 條連結",
        ["Info"] = "資訊",
        ["Low"] = "低",
        ["Medium"] = "中",
        ["High"] = "高",
        ["Critical"] = "緊急",
        ["running {0}"] = "執行 {0}",
        ["{0}: {1} findings"] = "{0}：{1} 項發現",
        ["{0} failed: {1}"] = "{0} 失敗：{1}",
        ["wrote {0}"] = "已寫入 {0}",

        // App audit.
        ["App audit"] = "App 稽核",
        ["Package"] = "套件名稱",
        ["Version"] = "版本",
        ["SDK"] = "SDK 等級",
        ["Signed by"] = "簽署者",
        ["Certificate SHA-256"] = "憑證 SHA-256",
        ["Overall risk"] = "整體風險",
        ["Why"] = "原因",
        ["What this app can learn about you"] = "這個 App 能得知您哪些資訊",
        ["Nothing: no identifier-reading code was found."] = "沒有：未發現讀取識別碼的程式碼。",
        ["What you can do"] = "您可以怎麼做",
        ["For analysts: every finding and the code that does it"] = "給分析人員：每項發現與執行它的程式碼",
        ["rule"] = "規則",
        ["severity"] = "嚴重程度",
        ["module"] = "模組",
        ["finding"] = "發現",
        ["reach"] = "觸及",
        ["permission held"] = "已要求權限",
        ["call sites"] = "呼叫位置",
        ["class"] = "類別",
        ["method"] = "方法",
        ["evidence"] = "證據",
        ["and {0} more call sites"] = "另有 {0} 處呼叫位置",
        ["Permissions"] = "權限",
        ["permission"] = "權限",
        ["protection"] = "保護等級",
        ["meaning"] = "意義",
        ["Exported components"] = "對外開放的元件",
        ["Tracker SDKs"] = "追蹤 SDK",
        ["tracker"] = "追蹤器",
        ["owner"] = "所有者",
        ["category"] = "類別",
        ["classes"] = "類別數",
        ["Endpoints"] = "連線端點",
        ["unknown owner"] = "所有者不明",
        ["Native libraries"] = "原生函式庫",
        ["DEX files"] = "DEX 檔案",
        ["Warnings"] = "警告",
        ["none"] = "無",
        ["yes"] = "是",
        ["no"] = "否",
        ["not needed"] = "不需要",
        ["wrote {0} and {1}"] = "已寫入 {0} 與 {1}",
        ["This audit reads the app's code without running it: it shows what the code can do, not what it did on your phone."] =
            "本稽核在不執行 App 的情況下讀取其程式碼：它顯示程式碼能做什麼，而非在您手機上實際做了什麼。",
        ["{0}: read at {1} call site(s) in the code."] = "{0}：程式碼中有 {1} 處讀取。",
        ["{0}: read at {1} call site(s), though the app does not request the permission this needs on current Android."] =
            "{0}：程式碼中有 {1} 處讀取，但 App 未要求新版 Android 所需的權限。",
        ["{0}: used at {1} call site(s), which can hide what the code does."] = "{0}：程式碼中有 {1} 處使用，可能藉此隱藏程式碼的行為。",
        ["Includes {0} tracker SDKs: {1}."] = "內含 {0} 個追蹤 SDK：{1}。",
        ["Requests {0} permission(s) that need your consent: {1}."] = "要求 {0} 項需經您同意的權限：{1}。",
        ["No identifier-reading code, tracker SDK or sensitive permission was found."] = "未發現讀取識別碼的程式碼、追蹤 SDK 或敏感權限。",
        ["This app can read identifiers that follow your phone for life. Do not install it on a phone you carry to sensitive places or use for work; use a separate device if you need it."] =
            "這個 App 能讀取終身跟隨您手機的識別碼。請勿安裝在您攜帶進入敏感場所或用於工作的手機上；如有需要，請使用另一支裝置。",
        ["Delete or reset your advertising ID (Settings > Privacy > Ads) so trackers cannot link this app to others."] =
            "刪除或重設您的廣告 ID（設定 > 隱私權 > 廣告），讓追蹤器無法把這個 App 與其他 App 連結起來。",
        ["Allow location only while the app is in use, or deny it."] = "只在使用 App 時允許存取位置，或直接拒絕。",
        ["Do not copy passwords or private messages while this app is open."] = "開啟這個 App 時，請勿複製密碼或私人訊息。",
        ["Assume the app knows which other apps you use."] = "請假設這個 App 知道您使用哪些其他 App。",
        ["Review the app's permissions (Settings > Apps > Permissions) and deny those it does not need; keep Android updated, since newer versions block many identifier reads."] =
            "檢查 App 的權限（設定 > 應用程式 > 權限），拒絕不需要的權限；並保持 Android 更新，新版本會阻擋許多識別碼讀取。",
    };

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>.</summary>
    public static string Get(string language, string key) =>
        language == TraditionalChinese && ZhTw.TryGetValue(key, out var zh) ? zh : key;

    /// <summary>Adds translations (used by modules that bring their own words).</summary>
    public static void AddTraditionalChinese(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        lock (ZhTw)
        {
            foreach (var (k, v) in pairs)
            {
                ZhTw[k] = v;
            }
        }
    }
}
