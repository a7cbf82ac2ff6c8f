using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graywatch.Simulation;

/// <summary>Writes <c>truth.json</c>: the seed and options, the files with their observation times, and every planted threat.</summary>
internal static class TruthFile
{
    public static readonly string[] Notes =
    [
        "Accounts live in UTC+8: the daily posting rhythm, weekdays and working hours are local times.",
        "Every post appears once in every round file; its engagement counts never decrease from one round to the next.",
        "Ids are 19-digit TikTok-like numbers with the Unix creation time in the high 32 bits; hashtags are written without '#'.",
        "Coordinates are not part of a real TikTok item: in the zeeschuimer shape only the site-exposure accounts' posts carry extra poi.lat/poi.lng fields; other located posts have a poi without coordinates.",
        "The research shape has no places or coordinates (the Research API has none), so the site-exposure threat is only detectable in the zeeschuimer shape.",
        "Research API files carry no collection time: each round file's last-write time is set to its observation time (observedAt below).",
    ];

    public static void Write(string path, SimulationOptions options, IReadOnlyList<SimulatedFile> files, IReadOnlyList<PlantedThreat> threats, IReadOnlyDictionary<string, Action<Utf8JsonWriter>> measurements) =>
        Write(path, "graywatch simulate", options.Seed, w =>
        {
            w.WriteStartObject("options");
            w.WriteNumber("posts", options.Posts);
            w.WriteNumber("seed", options.Seed);
            w.WriteString("start", PostFactory.Unix(options.Start.ToUnixTimeSeconds()));
            w.WriteNumber("days", options.Days);
            w.WriteNumber("rounds", options.Rounds);
            w.WriteString("shape", options.Shape == OutputShape.Research ? "research" : "zeeschuimer");
            w.WriteBoolean("plantThreats", options.PlantThreats);
            w.WriteEndObject();
        }, "+08:00", options.CollectionStart, files, Notes, threats, measurements);

    /// <summary>Writes the truth of a run: <paramref name="writeOptions"/> writes what was asked (an <c>options</c> object and anything after it).</summary>
    public static void Write(string path, string generator, int seed, Action<Utf8JsonWriter> writeOptions, string timeZone, DateTimeOffset collectionStart,
        IReadOnlyList<SimulatedFile> files, IReadOnlyList<string> notes, IReadOnlyList<PlantedThreat> threats, IReadOnlyDictionary<string, Action<Utf8JsonWriter>> measurements)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("generator", generator);
        w.WriteNumber("seed", seed);
        writeOptions(w);
        w.WriteString("timeZone", timeZone);
        w.WriteString("collectionStart", PostFactory.Unix(collectionStart.ToUnixTimeSeconds()));
        w.WriteStartArray("files");
        foreach (var f in files)
        {
            w.WriteStartObject();
            w.WriteString("path", f.Path);
            w.WriteString("kind", f.Kind);
            if (f.Format is { } format)
            {
                w.WriteString("format", format);
            }
            if (f.Round is { } round && f.ObservedAt is { } at)
            {
                w.WriteNumber("round", round);
                w.WriteString("observedAt", PostFactory.Unix(at.ToUnixTimeSeconds()));
                w.WriteNumber("observedAtUnixMs", at.ToUnixTimeMilliseconds());
                w.WriteNumber("lines", f.Lines);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        ThreatPlanter.WriteStrings(w, "notes", notes);
        w.WriteStartArray("threats");
        foreach (var t in threats)
        {
            w.WriteStartObject();
            w.WriteString("kind", t.Kind);
            w.WriteString("description", t.Description);
            w.WriteNumber("postCount", t.Posts.Count);
            t.WriteDetails(w);
            if (measurements.TryGetValue(t.Kind, out var measured))
            {
                measured(w);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
