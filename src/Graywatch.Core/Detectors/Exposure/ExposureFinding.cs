using Graywatch.Findings;

namespace Graywatch.Detectors.Exposure;

/// <summary>One exposure finding with what the <c>exposure</c> verb lists beside it: its kind, site, accounts and posts.</summary>
/// <param name="Kind">One of <see cref="ExposureKinds"/>.</param>
/// <param name="Site">The site's name, or null (a watch-list match away from any site, a movement to an unlisted place).</param>
public sealed record ExposureFinding(string Kind, string? Site, IReadOnlyList<string> Accounts, IReadOnlyList<string> Posts, Finding Finding);
