using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graywatch.Findings;
using Graywatch.Pipeline;

namespace Graywatch.Exporters.Brief;

/// <summary>The JSON the brief's charts read, made safe to sit inside a <c>&lt;script&gt;</c> element.</summary>
internal static class BriefData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(AnalysisResult result, IReadOnlyList<Finding> findings)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("language", result.Language);
            w.WriteString("generated_at", FindingJson.FormatTime(result.GeneratedAt));
            RunHeaderJson.Stats(w, result.Stats);
            w.WriteStartArray("detector_errors");
            foreach (var e in result.DetectorErrors)
            {
                w.WriteStringValue(e);
            }
            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var f in findings)
            {
                FindingJson.Write(w, f);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return ScriptSafe(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>
    /// Escapes the characters that could end the script element or open a comment. In JSON they only occur
    /// inside strings, where <c>\u003c</c> and friends mean the same character to <c>JSON.parse</c>.
    /// </summary>
    public static string ScriptSafe(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);
}
