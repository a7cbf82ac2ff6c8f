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
        ["nothing from this file was stored"] = "此檔案的內容均未寫入",
        ["note: collection time taken from the file's modification time (pass --observed-at to set it) for"] = "注意：以下檔案的蒐集時間取自檔案修改時間（可用 --observed-at 指定）：",
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
