using System.Globalization;
using Graywatch.Localization;

namespace Graywatch.Detectors.Coordination;

/// <summary>The coordination finding's sentences in the run's language.</summary>
internal sealed class CoordinationWords(string language)
{
    private static readonly Dictionary<string, string> s_zhTw = new(StringComparer.Ordinal)
    {
        ["Coordinated network of {0} accounts ({1})"] = "{0} 個帳號的協同網絡（{1}）",
        ["{0} accounts repeatedly shared the same {1} within {2} s of each other: {3} coordinated pairs over {4} account links, on {5} distinct objects, from {6} to {7}."] =
            "{0} 個帳號多次在 {2} 秒內分享相同的{1}：{4} 條帳號連結共 {3} 組協同配對，涉及 {5} 個不同對象，期間 {6} 至 {7}。",
        ["Coordination network"] = "協同網絡",
        ["{0} accounts shared the same {1} within {2} s, each link repeated {3} times on average (confidence {4}), before {5} views."] =
            "{0} 個帳號在 {2} 秒內分享相同的{1}，每條連結平均重複 {3} 次（信心 {4}），觸及 {5} 次觀看。",
        ["Most shared objects"] = "最常共同分享的對象",
        ["Most connected accounts"] = "連結最多的帳號",
        ["coordinated pairs"] = "協同配對",
        ["link weight"] = "連結權重",
        ["Co-sharing within a time window shows synchronised behaviour, not intent or common control; review the accounts before acting."] =
            "在時間窗內共同分享僅代表行為同步，不代表意圖或同一控制者；採取行動前請先檢視帳號。",
        ["Sampled feed data, not a census: accounts outside the sample may belong to the network."] = "抽樣資料而非普查：樣本以外的帳號也可能屬於此網絡。",
        ["Popular sounds and hashtags pair unrelated accounts by chance; only links repeated at least {0} times count here."] =
            "熱門音樂與標籤可能偶然配對無關帳號；此處只計入重複至少 {0} 次的連結。",
        ["Report the accounts to the platform's integrity team with this network; brief the communities that follow the shared hashtags and sounds so they recognise the campaign."] =
            "將此網絡與帳號提報平台誠信團隊；向追蹤這些標籤與音樂的社群說明，讓他們認出這場操作。",
    };

    public string Get(string key) => language == Strings.TraditionalChinese && s_zhTw.TryGetValue(key, out var zh) ? zh : Strings.Get(language, key);

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
