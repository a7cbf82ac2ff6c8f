namespace Graywatch.Simulation;

/// <summary>What <see cref="RealDataPlanter"/> plants into: the real exports, the seed, and optionally the sites and the input format.</summary>
public sealed record PlantIntoOptions
{
    /// <summary>The longest planting window, in days: the last days of the data's span, so the planted volume stays a small share.</summary>
    public const int MaxDays = 14;

    /// <summary>The real exports; the first one's format is the planted file's format.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>The seed: the same inputs and seed give byte-identical planted files. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>A site registry (GeoJSON, KML or CSV) whose first military site (else first site) the stationed accounts work at; null generates sites near the data.</summary>
    public string? SitesFile { get; init; }

    /// <summary>The reader format of the inputs, when detection is not wanted.</summary>
    public string? Format { get; init; }

    /// <summary>Whether posts of threats the first input's format cannot carry go to <c>planted-generic.csv</c> (default) or are left out.</summary>
    public bool GenericFallback { get; init; } = true;
}
