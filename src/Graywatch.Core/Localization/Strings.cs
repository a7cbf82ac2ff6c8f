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
