using System.Text.RegularExpressions;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Turns the command-line parser's conversion errors into a message that names the option and what it takes.</summary>
internal static partial class OptionValues
{
    /// <summary>The plain message for a value that did not convert, naming its option from <paramref name="args"/>; other messages unchanged.</summary>
    public static string Explain(string message, IReadOnlyList<string> args)
    {
        var m = ConversionFailure().Match(message);
        if (!m.Success)
        {
            return message;
        }
        var value = m.Groups["value"].Value;
        var what = m.Groups["type"].Value switch
        {
            "Int32" or "Int64" or "Int16" or "Byte" or "UInt32" or "UInt64" => "a whole number such as 20",
            "Double" or "Single" or "Decimal" => "a number such as 0.5",
            "Boolean" => "true or false",
            // Optional numbers (int?, double?) are the only optional non-text options.
            "Nullable`1" => "a number",
            _ => "a value of another kind",
        };
        var option = OptionOf(value, args);
        return option is null ? $"'{value}' is not {what}" : $"{option}: '{value}' is not {what}";
    }

    private static string? OptionOf(string value, IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (!a.StartsWith('-'))
            {
                continue;
            }
            var eq = a.IndexOfAny(['=', ':']);
            if (eq > 0 && a[(eq + 1)..] == value)
            {
                return a[..eq];
            }
            if (eq < 0 && i + 1 < args.Count && args[i + 1] == value)
            {
                return a;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^Failed to convert '(?<value>.*)' to (?<type>[\w`]+)\.?$", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();
}
