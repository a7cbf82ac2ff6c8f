using Graywatch.Graphs;

namespace Graywatch.Tests.Graphs;

public sealed class LouvainTests
{
    private static IEnumerable<WeightedEdge> Clique(int first, int size)
    {
        for (var a = first; a < first + size; a++)
        {
            for (var b = a + 1; b < first + size; b++)
            {
                yield return new WeightedEdge(a, b, 1);
            }
        }
    }

    [Fact]
    public void Two_cliques_joined_by_one_edge_are_two_communities_with_the_known_modularity()
    {
        WeightedEdge[] edges = [.. Clique(0, 4), .. Clique(4, 4), new WeightedEdge(3, 4, 1)];

        var result = Louvain.Detect(8, edges, new Random(1));

        Assert.Equal(2, result.Count);
        Assert.Equal(result.Membership[0], result.Membership[3]);
        Assert.NotEqual(result.Membership[0], result.Membership[4]);
        // Each side: in = 12, total degree = 13, 2m = 26: 2 × (12/26 − (13/26)²).
        Assert.Equal(2 * ((12.0 / 26) - 0.25), result.Modularity, 9);
    }

    [Fact]
    public void Planted_groups_in_a_random_graph_are_recovered()
    {
        var random = new Random(42);
        const int groups = 4;
        const int size = 25;
        var edges = new List<WeightedEdge>();
        for (var a = 0; a < groups * size; a++)
        {
            for (var b = a + 1; b < groups * size; b++)
            {
                var p = a / size == b / size ? 0.4 : 0.02;
                if (random.NextDouble() < p)
                {
                    edges.Add(new WeightedEdge(a, b, 1 + random.Next(3)));
                }
            }
        }

        var result = Louvain.Detect(groups * size, edges, new Random(7));

        Assert.Equal(groups, result.Count);
        for (var g = 0; g < groups; g++)
        {
            Assert.Single(Enumerable.Range(g * size, size).Select(i => result.Membership[i]).Distinct());
        }
        Assert.Equal(result.Modularity, Louvain.Modularity(groups * size, edges, result.Membership), 9);
    }

    [Fact]
    public void The_same_seed_gives_the_same_partition()
    {
        var random = new Random(3);
        var edges = Enumerable.Range(0, 300).Select(_ => new WeightedEdge(random.Next(60), random.Next(60), 1)).Where(e => e.From != e.To).ToList();

        var a = Louvain.Detect(60, edges, new Random(5));
        var b = Louvain.Detect(60, edges, new Random(5));

        Assert.Equal(a.Membership, b.Membership);
    }

    [Fact]
    public void Isolated_nodes_keep_communities_of_their_own()
    {
        var result = Louvain.Detect(5, [new WeightedEdge(0, 1, 2)], new Random(1));

        Assert.Equal(4, result.Count);
        Assert.Equal(result.Membership[0], result.Membership[1]);
    }

    [Fact]
    public void An_edge_with_a_weight_that_is_not_positive_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Louvain.Detect(2, [new WeightedEdge(0, 1, 0)], new Random(1)));
    }
}
