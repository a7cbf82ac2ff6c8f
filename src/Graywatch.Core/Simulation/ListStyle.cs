namespace Graywatch.Simulation;

/// <summary>How a CSV export writes a list in one cell.</summary>
internal enum ListStyle
{
    /// <summary><c>a, b</c></summary>
    CommaSpace,
    /// <summary><c>a,b</c></summary>
    Comma,
    /// <summary><c>a;b</c></summary>
    Semicolon,
    /// <summary><c>#a #b</c> (hashtags only; other lists as <c>a b</c>)</summary>
    HashMarks,
    /// <summary><c>['a', 'b']</c>, as pandas writes a list cell</summary>
    Python,
    /// <summary><c>["a","b"]</c></summary>
    Json,
}
