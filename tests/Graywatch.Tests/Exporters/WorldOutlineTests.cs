using System.Text.Json;
using Graywatch.Assets;

namespace Graywatch.Tests.Exporters;

public sealed class WorldOutlineTests
{
    [Fact]
    public void The_embedded_world_atlas_decodes_into_country_polygons_within_the_globe()
    {
        using var doc = JsonDocument.Parse(WorldOutline.GeoJson);

        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();

        Assert.InRange(features.Count, 150, 200);
        var taiwan = features.Single(f => f.GetProperty("properties").GetProperty("name").GetString() == "Taiwan");
        var ring = taiwan.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray().Select(p => (Lon: p[0].GetDouble(), Lat: p[1].GetDouble())).ToList();
        Assert.All(ring, p => Assert.InRange(p.Lon, 119, 123));
        Assert.All(ring, p => Assert.InRange(p.Lat, 21, 26));
        Assert.Equal(ring[0], ring[^1]);
    }
}
