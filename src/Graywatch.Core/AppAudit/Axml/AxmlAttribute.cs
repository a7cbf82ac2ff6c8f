using System.Globalization;

namespace Graywatch.AppAudit.Axml;

/// <summary>One attribute of a binary XML element: its name, Android resource id (0 when none) and typed value.</summary>
/// <param name="Name">The attribute name from the string pool (obfuscators may blank it; the resource id still says which it is).</param>
/// <param name="ResourceId">The <c>android:</c> attribute's resource id, such as 0x01010003 for <c>name</c>, or 0.</param>
/// <param name="DataType">The Res_value type: 0x03 string, 0x10 decimal, 0x11 hex, 0x12 boolean, 0x01 reference.</param>
/// <param name="Data">The raw 32-bit value.</param>
/// <param name="StringValue">The string value, when the attribute has one.</param>
public sealed record AxmlAttribute(string Name, uint ResourceId, byte DataType, uint Data, string? StringValue)
{
    /// <summary>The value as text: the string, the number, true/false, or <c>@0x7f…</c> for a resource reference.</summary>
    public string Text => StringValue ?? DataType switch
    {
        0x12 => Data != 0 ? "true" : "false",
        0x10 => ((int)Data).ToString(CultureInfo.InvariantCulture),
        0x11 => "0x" + Data.ToString("x", CultureInfo.InvariantCulture),
        0x01 => "@0x" + Data.ToString("x8", CultureInfo.InvariantCulture),
        _ => Data.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The value as a boolean, or null when it is not one (a resource reference, say).</summary>
    public bool? Boolean => DataType == 0x12 ? Data != 0 : StringValue is "true" ? true : StringValue is "false" ? false : null;

    /// <summary>The value as an integer, or null when it is not one.</summary>
    public int? Number => DataType is >= 0x10 and <= 0x1f ? (int)Data
        : int.TryParse(StringValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
