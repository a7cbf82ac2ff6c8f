namespace Graywatch.Simulation;

/// <summary>What a CSV column holds, as far as its notation goes.</summary>
internal enum ColumnKind
{
    Other,
    Time,
    Count,
    /// <summary>A list in one cell: hashtags, mentions, effect ids.</summary>
    List,
}
