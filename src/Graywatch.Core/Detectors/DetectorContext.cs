using Graywatch.Store;

namespace Graywatch.Detectors;

/// <summary>What a detector gets: the store, the clock and its settings.</summary>
public sealed record DetectorContext(GraywatchStore Store, TimeProvider Time, DetectorSettings Settings);
