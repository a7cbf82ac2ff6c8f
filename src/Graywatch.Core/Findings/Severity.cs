namespace Graywatch.Findings;

/// <summary>How urgently a finding calls for a response.</summary>
public enum Severity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
