using System.Text;

namespace Graywatch.AppAudit.Dex;

/// <summary>Decodes DEX strings (Modified UTF-8: surrogates as separate 3-byte sequences, NUL as C0 80); malformed bytes become U+FFFD.</summary>
internal static class Mutf8
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Ascii.IsValid(bytes))
        {
            return Encoding.ASCII.GetString(bytes);
        }
        var chars = bytes.Length <= 512 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        var n = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            int b = bytes[i];
            if (b < 0x80)
            {
                chars[n++] = (char)b;
            }
            else if ((b & 0xE0) == 0xC0 && i + 1 < bytes.Length)
            {
                chars[n++] = (char)(((b & 0x1F) << 6) | (bytes[++i] & 0x3F));
            }
            else if ((b & 0xF0) == 0xE0 && i + 2 < bytes.Length)
            {
                chars[n++] = (char)(((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 2;
            }
            else
            {
                chars[n++] = '\uFFFD';
            }
        }
        return new string(chars[..n]);
    }
}
