using Graywatch.Localization;
using Graywatch.Store;

namespace Graywatch.Detectors;

/// <summary>What a detector gets: the store, the clock and its settings.</summary>
public sealed record DetectorContext(GraywatchStore Store, TimeProvider Time, DetectorSettings Settings)
{
    /// <summary>The language of the run (<c>en</c> or <c>zh-TW</c>) for the words a detector writes into findings.</summary>
    public string Language { get; init; } = Strings.English;
}
