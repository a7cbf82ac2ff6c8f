using System.Text.Json;
using Graywatch.Pipeline;

namespace Graywatch.Exporters;

/// <summary>Writes the run header: which Graywatch, when, on what data, and what each detector did.</summary>
/// <remarks>
/// <c>{"record":"run", graywatch_version, generated_at, language, stats, sampling, generic_hashtags_learned,
/// detectors:[{id, module, status, findings, reason}], stories, findings}</c>; <c>status</c> is <c>ran</c>,
/// <c>found-nothing</c>, <c>skipped</c> or <c>failed</c>. Stateless.
/// </remarks>
public static class RunHeaderJson
{
    public static void Write(Utf8JsonWriter w, AnalysisResult result)
    {
        w.WriteStartObject();
        w.WriteString("record", "run");
        w.WriteString("graywatch_version", result.Version);
        w.WriteString("generated_at", FindingJson.FormatTime(result.GeneratedAt));
        w.WriteString("language", result.Language);
        Stats(w, result.Stats);
        w.WriteStartObject("sampling");
        foreach (var kind in result.Sampling.Kinds)
        {
            w.WriteNumber(kind, result.Sampling.PostsByKind[kind]);
        }
        w.WriteEndObject();
        w.WriteStartArray("generic_hashtags_learned");
        foreach (var tag in result.GenericHashtags.Learned)
        {
            w.WriteStringValue(tag.Tag);
        }
        w.WriteEndArray();
        w.WriteStartArray("detectors");
        foreach (var run in result.Detectors)
        {
            w.WriteStartObject();
            w.WriteString("id", run.Id);
            w.WriteString("module", run.Module);
            w.WriteString("status", run.StatusName);
            w.WriteNumber("findings", run.Findings);
            w.WriteString("reason", run.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("stories", result.Stories.Count);
        w.WriteNumber("findings", result.Findings.Count);
        w.WriteEndObject();
    }

    /// <summary>The store's totals as a <c>stats</c> object, as the run header and the brief's data write them.</summary>
    public static void Stats(Utf8JsonWriter w, Store.StoreStats stats)
    {
        w.WriteStartObject("stats");
        w.WriteNumber("posts", stats.Posts);
        w.WriteNumber("snapshots", stats.Snapshots);
        w.WriteNumber("accounts", stats.Accounts);
        w.WriteNumber("comments", stats.Comments);
        w.WriteNumber("quarantined", stats.Quarantined);
        w.WriteNumber("sources", stats.Sources);
        w.WriteEndObject();
    }
}
