using Graywatch.Ingest;
using Graywatch.Localization;

namespace Graywatch.Detectors;

/// <summary>The caveats a claim about the whole platform carries, given how the store's data were collected.</summary>
/// <remarks>One caveat per sampling kind present; a census (Research API query) needs none. Stateless.</remarks>
public static class SamplingCaveats
{
    private static readonly (string Kind, string Caveat)[] ByKind =
    [
        (SamplingKinds.Feed, "Sampled feed data, not a census: counts describe what was collected, not the whole platform."),
        (SamplingKinds.Search, "Search results, not a census: posts were collected because they matched a query, so the queried hashtags and words are over-represented."),
        (SamplingKinds.Account, "Timelines of chosen accounts, not a census: counts describe those accounts, not the platform."),
        (SamplingKinds.Simulated, "Simulated data made by graywatch simulate: planted threats, not real events."),
        (SamplingKinds.Unknown, "How these data were collected is not recorded (say it with ingest --sampling), so counts may describe a sample, not the platform."),
    ];

    /// <summary>The caveats for <paramref name="sampling"/>, in <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> For(SamplingProfile sampling, string language)
    {
        var kinds = sampling.Kinds.Count == 0 ? [SamplingKinds.Unknown] : sampling.Kinds;
        return [.. ByKind.Where(k => kinds.Contains(k.Kind)).Select(k => Strings.Get(language, k.Caveat))];
    }
}
