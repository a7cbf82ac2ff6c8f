namespace Graywatch.Exposure;

/// <summary>One post with a position and a time, as pattern of life reads it.</summary>
public readonly record struct LocatedPost(string PostId, DateTimeOffset CreatedAt, double Lat, double Lon);
