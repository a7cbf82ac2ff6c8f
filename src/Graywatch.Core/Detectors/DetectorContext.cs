using Graywatch.Ingest;
using Graywatch.Localization;
using Graywatch.Store;
using Graywatch.Trends;

namespace Graywatch.Detectors;

/// <summary>What a detector gets: the store, the clock and its settings.</summary>
public sealed record DetectorContext(GraywatchStore Store, TimeProvider Time, DetectorSettings Settings)
{
    /// <summary>The language of the run (<c>en</c> or <c>zh-TW</c>) for the words a detector writes into findings.</summary>
    public string Language { get; init; } = Strings.English;

    /// <summary>How the store's data were collected; detectors whose claims depend on it say so or stand down.</summary>
    public SamplingProfile Sampling { get; init; } = SamplingProfile.Unknown;

    /// <summary>Discovery hashtags (#fyp, #xuhuong…), listed and learned from the store: never evidence by themselves.</summary>
    public GenericHashtags GenericHashtags { get; init; } = GenericHashtags.ListOnly;

    /// <summary>Where the detector says it stood down; the pipeline gives each detector run its own.</summary>
    public DetectorNotes Notes { get; init; } = new();
}
