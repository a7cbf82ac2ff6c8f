using Graywatch.Sites;

namespace Graywatch.Exposure;

/// <summary>DBSCAN (Ester et al., 1996) over positions with great-circle (haversine) distance.</summary>
/// <remarks>
/// A point with at least <c>minPoints</c> points (itself included) within <c>epsMeters</c> is a core point; clusters are the
/// core points reachable from each other and the points within reach of them; the rest is noise (-1). Neighbours are found
/// by sorting on latitude and scanning the band of <c>epsMeters</c>, so a call costs O(n log n + n·k) for k points per band.
/// Stateless.
/// </remarks>
public static class Dbscan
{
    /// <summary>The cluster of each point (0, 1, …) or -1 for noise, and the number of clusters.</summary>
    public static (int[] Labels, int Clusters) Run(IReadOnlyList<(double Lat, double Lon)> points, double epsMeters, int minPoints)
    {
        var n = points.Count;
        var labels = new int[n];
        Array.Fill(labels, -2);
        var order = Enumerable.Range(0, n).OrderBy(i => points[i].Lat).ToArray();
        var rank = new int[n];
        for (var r = 0; r < n; r++)
        {
            rank[order[r]] = r;
        }
        var band = epsMeters / Haversine.MetersPerDegree;
        List<int> Neighbours(int i)
        {
            var list = new List<int>();
            var (lat, lon) = points[i];
            for (var r = rank[i]; r >= 0 && lat - points[order[r]].Lat <= band; r--)
            {
                Add(order[r]);
            }
            for (var r = rank[i] + 1; r < n && points[order[r]].Lat - lat <= band; r++)
            {
                Add(order[r]);
            }
            return list;

            void Add(int j)
            {
                if (Haversine.Meters(lat, lon, points[j].Lat, points[j].Lon) <= epsMeters)
                {
                    list.Add(j);
                }
            }
        }

        var cluster = 0;
        for (var i = 0; i < n; i++)
        {
            if (labels[i] != -2)
            {
                continue;
            }
            var seeds = Neighbours(i);
            if (seeds.Count < minPoints)
            {
                labels[i] = -1;
                continue;
            }
            labels[i] = cluster;
            var queue = new Queue<int>(seeds);
            while (queue.Count > 0)
            {
                var j = queue.Dequeue();
                if (labels[j] == -1)
                {
                    labels[j] = cluster;
                }
                if (labels[j] != -2)
                {
                    continue;
                }
                labels[j] = cluster;
                var more = Neighbours(j);
                if (more.Count >= minPoints)
                {
                    foreach (var k in more)
                    {
                        if (labels[k] is -2 or -1)
                        {
                            queue.Enqueue(k);
                        }
                    }
                }
            }
            cluster++;
        }
        return (labels, cluster);
    }
}
