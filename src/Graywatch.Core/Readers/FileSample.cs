namespace Graywatch.Readers;

/// <summary>The head of a file, given to readers so they can tell whether the file is theirs.</summary>
/// <param name="FileName">The file's name, without <c>.gz</c>.</param>
/// <param name="Head">Up to 64 KiB decoded as UTF-8, from the first character that is not blank (a BOM and leading blank lines removed).</param>
public sealed record FileSample(string FileName, string Head)
{
    /// <summary>The first line of <see cref="Head"/>, without its line break.</summary>
    public string FirstLine
    {
        get
        {
            var end = Head.IndexOfAny(['\r', '\n']);
            return end < 0 ? Head : Head[..end];
        }
    }

    /// <summary>The first character that is not white space, or '\0'.</summary>
    public char FirstSignificantChar
    {
        get
        {
            foreach (var c in Head)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return c;
                }
            }
            return '\0';
        }
    }

    /// <summary>The header cells of a CSV-looking first line, trimmed, lower-cased.</summary>
    public IReadOnlySet<string> CsvHeader =>
        FirstLine.Split(',').Select(h => h.Trim().Trim('"').ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public string Extension => Path.GetExtension(FileName).ToLowerInvariant();
}
