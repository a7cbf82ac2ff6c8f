using System.Globalization;
using Graywatch.Store;

namespace Graywatch.Coordination;

/// <summary>Groups near-identical captions with MinHash/LSH, so that a cluster of captions is one shared object.</summary>
/// <remarks>
/// Captions are normalized as for <see cref="ObjectKind.Caption"/>, cut into character 5-gram shingles (which works
/// for Chinese without segmentation) and summarized by <see cref="Hashes"/> MinHash values. Identical captions are
/// hashed once. LSH with <see cref="Bands"/> bands of <see cref="Rows"/> values proposes candidates; a candidate joins
/// a cluster when the share of equal MinHash values (an estimate of Jaccard similarity) reaches
/// <see cref="CoordinationOptions.NearCaptionSimilarity"/>. Clusters are transitive (A~B and B~C put A and C together).
/// No all-pairs comparison: each caption meets only one representative per cluster in its buckets. The hash
/// family comes from a fixed seed, so results repeat across runs. Stateless.
/// </remarks>
public static class NearCaptionClusters
{
    public const int Hashes = 64;
    public const int Bands = 16;
    public const int Rows = Hashes / Bands;
    private const int ShingleLength = 5;
    private const int Seed = 20_240_917;

    public static ShareTable Load(GraywatchStore store, CoordinationOptions options, CancellationToken cancellationToken = default)
    {
        var captions = new StringPool();
        var rows = new List<(int Caption, string Account, string Content, long Time)>();
        using (var cmd = store.Connection.CreateCommand())
        {
            cmd.CommandText = $"""
                SELECT c, author_id, id, CAST(floor(epoch(created_at)) AS BIGINT) FROM (
                    SELECT {ShareLoader.CaptionSql} AS c, author_id, id, created_at, source_id, source_item
                    FROM posts WHERE author_id IS NOT NULL AND created_at IS NOT NULL AND text IS NOT NULL)
                WHERE length(c) >= {options.MinCaptionLength.ToString(CultureInfo.InvariantCulture)}
                ORDER BY source_id, source_item
                """;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((captions.Intern(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        var cluster = Cluster(captions, options.NearCaptionSimilarity, cancellationToken);

        var table = new ShareTable();
        var objectNames = new Dictionary<int, int>();
        foreach (var (caption, account, content, time) in rows)
        {
            var root = cluster[caption];
            if (!objectNames.TryGetValue(root, out var objectId))
            {
                // The first post of a cluster names it; the prefix keeps the name apart from that post's own id.
                objectId = table.Names.Intern("near-caption:" + content);
                objectNames.Add(root, objectId);
            }
            table.Add(objectId, table.Names.Intern(account), table.Names.Intern(content), time);
        }
        return table;
    }

    /// <summary>The cluster (a representative caption id) of every caption of <paramref name="captions"/>.</summary>
    public static int[] Cluster(StringPool captions, double similarity, CancellationToken cancellationToken = default)
    {
        var n = captions.Count;
        var (a, b) = HashFamily();
        var signatures = new uint[(long)n * Hashes];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            Sign(captions[i], a, b, signatures.AsSpan(i * Hashes, Hashes)));

        var parent = new int[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = i;
        }
        var need = (int)Math.Ceiling(similarity * Hashes - 1e-9);
        var buckets = new Dictionary<(int Band, ulong Key), List<int>>();
        for (var i = 0; i < n; i++)
        {
            var sig = signatures.AsSpan(i * Hashes, Hashes);
            for (var band = 0; band < Bands; band++)
            {
                var key = BandKey(sig.Slice(band * Rows, Rows));
                if (!buckets.TryGetValue((band, key), out var members))
                {
                    buckets.Add((band, key), [i]);
                    continue;
                }
                var joined = false;
                for (var m = 0; m < members.Count; m++)
                {
                    var other = members[m];
                    if (Root(parent, other) == Root(parent, i))
                    {
                        joined = true;
                        continue;
                    }
                    if (Equal(sig, signatures.AsSpan(other * Hashes, Hashes)) >= need)
                    {
                        Union(parent, i, other);
                        joined = true;
                    }
                }
                if (!joined)
                {
                    members.Add(i);
                }
                else
                {
                    Compact(members, parent);
                }
            }
            if ((i & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        var result = new int[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = Root(parent, i);
        }
        return result;
    }

    /// <summary>Estimated Jaccard similarity of two captions (share of equal MinHash values).</summary>
    public static double Similarity(string x, string y)
    {
        var (a, b) = HashFamily();
        Span<uint> sx = stackalloc uint[Hashes];
        Span<uint> sy = stackalloc uint[Hashes];
        Sign(x, a, b, sx);
        Sign(y, a, b, sy);
        return (double)Equal(sx, sy) / Hashes;
    }

    private static (ulong[] A, ulong[] B) HashFamily()
    {
        var random = new Random(Seed);
        var a = new ulong[Hashes];
        var b = new ulong[Hashes];
        for (var i = 0; i < Hashes; i++)
        {
            a[i] = (ulong)random.NextInt64() | 1UL;
            b[i] = (ulong)random.NextInt64();
        }
        return (a, b);
    }

    private static void Sign(string text, ulong[] a, ulong[] b, Span<uint> signature)
    {
        signature.Fill(uint.MaxValue);
        var count = Math.Max(1, text.Length - ShingleLength + 1);
        for (var s = 0; s < count; s++)
        {
            var shingle = text.AsSpan(s, Math.Min(ShingleLength, text.Length - s));
            var x = Mix(shingle);
            for (var h = 0; h < Hashes; h++)
            {
                var v = (uint)(((x * a[h]) + b[h]) >> 32);
                if (v < signature[h])
                {
                    signature[h] = v;
                }
            }
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units, then a 64-bit finalizer (deterministic, unlike string.GetHashCode).</summary>
    private static ulong Mix(ReadOnlySpan<char> shingle)
    {
        var h = 14_695_981_039_346_656_037UL;
        foreach (var c in shingle)
        {
            h = (h ^ c) * 1_099_511_628_211UL;
        }
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }

    private static ulong BandKey(ReadOnlySpan<uint> values)
    {
        var h = 14_695_981_039_346_656_037UL;
        foreach (var v in values)
        {
            h = (h ^ v) * 1_099_511_628_211UL;
        }
        return h;
    }

    private static int Equal(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        var same = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i])
            {
                same++;
            }
        }
        return same;
    }

    private static void Compact(List<int> members, int[] parent)
    {
        var seen = new HashSet<int>();
        members.RemoveAll(m => !seen.Add(Root(parent, m)));
    }

    private static void Union(int[] parent, int x, int y)
    {
        var rx = Root(parent, x);
        var ry = Root(parent, y);
        if (rx != ry)
        {
            parent[Math.Max(rx, ry)] = Math.Min(rx, ry);
        }
    }

    private static int Root(int[] parent, int v)
    {
        while (parent[v] != v)
        {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
