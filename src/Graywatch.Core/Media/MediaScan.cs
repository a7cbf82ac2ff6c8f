using Graywatch.Sites;

namespace Graywatch.Media;

/// <summary>What one media file leaks: position, altitude, direction, capture time, device, software and owner.</summary>
/// <param name="Kind">The kind by content.</param>
/// <param name="ClaimedKind">The kind its extension claims.</param>
/// <param name="Error">Why the file could not be read fully (damaged, unknown), or null.</param>
/// <param name="Site">The registry site the position falls in or near, when sites were given.</param>
/// <param name="Other">Other identifying fields found (XMP creator tool, PNG text…), by name.</param>
public sealed record MediaScan(string Path, MediaKind Kind, MediaKind ClaimedKind, string? Error, double? Latitude, double? Longitude, double? AltitudeMeters, double? Direction,
    string? CapturedAt, string? Make, string? Model, string? Serial, string? Software, string? Owner, IReadOnlyDictionary<string, string> Other, SiteHit? Site)
{
    /// <summary>True when the content is not what the extension says.</summary>
    public bool LiesAboutType => Kind != MediaKind.Unknown && ClaimedKind != MediaKind.Unknown && Kind != ClaimedKind;

    /// <summary>The names of the leaking fields present.</summary>
    public IReadOnlyList<string> Leaks
    {
        get
        {
            var leaks = new List<string>();
            void Add(bool present, string name)
            {
                if (present)
                {
                    leaks.Add(name);
                }
            }
            Add(Latitude is not null, "gps");
            Add(AltitudeMeters is not null, "altitude");
            Add(Direction is not null, "direction");
            Add(CapturedAt is not null, "capture-time");
            Add(Make is not null || Model is not null, "device");
            Add(Serial is not null, "serial");
            Add(Software is not null, "software");
            Add(Owner is not null, "owner");
            leaks.AddRange(Other.Keys);
            return leaks;
        }
    }
}
