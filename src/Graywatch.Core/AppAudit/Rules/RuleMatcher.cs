using System.Text.Json.Serialization;

namespace Graywatch.AppAudit.Rules;

/// <summary>One way a method can trigger a rule; exactly one of <see cref="Call"/>, <see cref="Field"/>, <see cref="Constant"/> or <see cref="Reflected"/> is set.</summary>
/// <remarks>
/// <see cref="Call"/> and <see cref="Field"/> name a member as <c>Lpackage/Class;->name</c> (any signature).
/// <see cref="Constant"/> is a constant the method loads, with <c>*</c> matching any run of characters.
/// <see cref="Reflected"/> is a method name loaded as a constant by a method that also calls a reflection API.
/// <see cref="WithString"/> narrows a call, field or string match: the same method must also load that constant.
/// </remarks>
public sealed record RuleMatcher
{
    public string? Call { get; init; }
    public string? Field { get; init; }
    [JsonPropertyName("string")]
    public string? Constant { get; init; }
    public string? Reflected { get; init; }
    public string? WithString { get; init; }

    /// <summary>How the evidence reads in a report, such as <c>android.net.wifi.WifiInfo.getMacAddress()</c>.</summary>
    public string Describe() =>
        (Call is { } c ? Member(c) + "()"
        : Field is { } f ? Member(f)
        : Constant is { } s ? $"\"{s}\""
        : $"reflection: \"{Reflected}\"") + (WithString is { } w ? $" with \"{w}\"" : "");

    private static string Member(string reference)
    {
        var arrow = reference.IndexOf("->", StringComparison.Ordinal);
        return arrow < 0 ? reference : DexNames.ClassName(reference[..arrow]) + "." + reference[(arrow + 2)..];
    }
}
