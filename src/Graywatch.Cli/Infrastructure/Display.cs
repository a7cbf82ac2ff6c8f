using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Makes text from data safe to print on a terminal: control and bidirectional-formatting characters become visible code points.</summary>
/// <remarks>
/// A file name, author or caption may hold terminal escapes (which can clear the screen, retitle the window or fake
/// output) or bidi overrides (which reverse what follows, hiding an extension). They are shown as <c>\uXXXX</c>. Stateless.
/// </remarks>
public static class Display
{
    /// <summary>The text with control and bidi characters shown as <c>\uXXXX</c>; line breaks and tabs are kept when <paramref name="keepLines"/>.</summary>
    public static string Clean(string? text, bool keepLines = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        if (!text.Any(c => Unsafe(c, keepLines)))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Unsafe(c, keepLines))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>The text cleaned (see <see cref="Clean"/>) and escaped for Spectre markup.</summary>
    public static string Escape(string? text) => Markup.Escape(Clean(text));

    /// <summary>Like <c>MarkupLineInterpolated</c>, but every interpolated value is also cleaned (see <see cref="Clean"/>).</summary>
    public static void MarkupLineEscaped(this IAnsiConsole console, FormattableString value) =>
        console.MarkupLine(string.Format(CultureInfo.CurrentCulture, value.Format, [.. value.GetArguments().Select(a => (object)new Escaped(a))]));

    private sealed class Escaped(object? value) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) =>
            Escape(value is IFormattable f ? f.ToString(format, formatProvider) : value?.ToString());

        public override string ToString() => ToString(null, CultureInfo.CurrentCulture);
    }

    private static bool Unsafe(char c, bool keepLines) =>
        (char.IsControl(c) && !(keepLines && c is '\n' or '\t'))
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
