using Graywatch.Exposure;
using Graywatch.Sites;

namespace Graywatch.Tests.Exposure;

public sealed class DbscanTests
{
    [Fact]
    public void Two_dense_places_become_two_clusters_and_a_lone_point_is_noise()
    {
        var random = new Random(3);
        var points = new List<(double, double)>();
        for (var i = 0; i < 10; i++)
        {
            points.Add((25.0 + (random.NextDouble() * 0.001), 121.0 + (random.NextDouble() * 0.001)));
            points.Add((25.1 + (random.NextDouble() * 0.001), 121.0 + (random.NextDouble() * 0.001)));
        }
        points.Add((26, 122));

        var (labels, clusters) = Dbscan.Run(points, 300, 3);

        Assert.Equal(2, clusters);
        Assert.Equal(-1, labels[^1]);
        Assert.Equal(labels[0], labels[2]);
        Assert.NotEqual(labels[0], labels[1]);
    }

    [Fact]
    public void Haversine_gives_about_111_km_per_degree_of_latitude()
    {
        Assert.InRange(Haversine.Meters(0, 0, 1, 0), 111_100, 111_300);
        Assert.InRange(Haversine.Meters(60, 0, 60, 1), 55_500, 55_700);
    }
}
