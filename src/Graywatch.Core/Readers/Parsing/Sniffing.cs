namespace Graywatch.Readers.Parsing;

/// <summary>Small helpers readers share to judge a file by its content.</summary>
internal static class Sniffing
{
    /// <summary>True when the file starts like JSON (an object or an array).</summary>
    public static bool LooksLikeJson(FileSample sample) => sample.FirstSignificantChar is '{' or '[';

    /// <summary>True when <paramref name="sample"/>'s head holds the quoted JSON key <paramref name="key"/>.</summary>
    public static bool HasKey(FileSample sample, string key) =>
        sample.Head.Contains(string.Concat("\"", key, "\""), StringComparison.Ordinal);

    /// <summary>One extra point when the extension agrees, so content decides and the extension only breaks ties.</summary>
    public static int WithExtension(int score, FileSample sample, params ReadOnlySpan<string> extensions)
    {
        if (score == 0)
        {
            return 0;
        }
        foreach (var extension in extensions)
        {
            if (sample.Extension == extension)
            {
                return score + 1;
            }
        }
        return score;
    }

    public static readonly string[] JsonExtensions = [".json", ".jsonl", ".ndjson"];
}
