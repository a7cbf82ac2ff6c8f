namespace Graywatch.Text;

/// <summary>The language tags the text preparation assigns: English, Traditional Chinese, Simplified Chinese, or other.</summary>
public static class TextLanguages
{
    public const string English = "en";
    public const string TraditionalChinese = "zh-Hant";
    public const string SimplifiedChinese = "zh-Hans";
    public const string Other = "other";

    /// <summary>True for either Chinese script.</summary>
    public static bool IsChinese(string language) => language is TraditionalChinese or SimplifiedChinese;
}
