namespace Graywatch.Simulation;

/// <summary>A named site written to <c>sites.csv</c>: the planted sensitive site or a decoy.</summary>
internal sealed record SimSite(string Name, string ChineseName, double Latitude, double Longitude, double RadiusMeters, string Category, IReadOnlyList<string> Aliases);
