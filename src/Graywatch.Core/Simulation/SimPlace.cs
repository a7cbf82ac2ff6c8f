namespace Graywatch.Simulation;

/// <summary>A point of interest a post is tagged with; coordinates are written only when <see cref="ExposeCoordinates"/> is set.</summary>
internal sealed record SimPlace(string Id, string Name, string Address, string City, double Latitude, double Longitude, bool ExposeCoordinates);
