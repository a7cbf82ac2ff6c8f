namespace Graywatch.AppAudit;

/// <summary>One reason behind the overall risk, worded in English and Traditional Chinese.</summary>
public sealed record RiskReason(string English, string TraditionalChinese)
{
    /// <summary>The reason in <paramref name="language"/> (<c>en</c> or <c>zh-TW</c>).</summary>
    public string In(string language) => language == Localization.Strings.TraditionalChinese ? TraditionalChinese : English;
}
