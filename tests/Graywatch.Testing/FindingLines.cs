using System.Text.Json;

namespace Graywatch.Testing;

/// <summary>Reads <c>findings.jsonl</c> as tests need it: the run header apart from the findings.</summary>
public static class FindingLines
{
    /// <summary>Every line as JSON.</summary>
    public static List<JsonElement> All(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    /// <summary>The finding lines, without the run header.</summary>
    public static List<JsonElement> Findings(string text) =>
        [.. All(text).Where(e => e.GetProperty("record").GetString() == "finding")];

    /// <summary>The run header (the first line).</summary>
    public static JsonElement Header(string text)
    {
        var first = All(text)[0];
        return first.GetProperty("record").GetString() == "run" ? first : throw new InvalidOperationException("the first line is not the run header");
    }

    /// <summary>The finding lines of a file.</summary>
    public static List<JsonElement> FromFile(string path) => Findings(File.ReadAllText(path));
}
