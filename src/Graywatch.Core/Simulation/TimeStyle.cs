namespace Graywatch.Simulation;

/// <summary>How a CSV export writes times.</summary>
internal enum TimeStyle
{
    /// <summary><c>2025-05-21T09:44:45Z</c></summary>
    Iso,
    /// <summary><c>2025-05-21T09:44:45.000Z</c></summary>
    IsoMilliseconds,
    /// <summary><c>2025-05-21T09:44:45</c>, without an offset (written in UTC)</summary>
    IsoWithoutOffset,
    /// <summary><c>2025-05-21 09:44:45</c> (UTC)</summary>
    Space,
    UnixSeconds,
    UnixMilliseconds,
}
