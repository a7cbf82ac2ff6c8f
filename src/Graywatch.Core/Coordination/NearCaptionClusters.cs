using Graywatch.Store;

namespace Graywatch.Coordination;

/// <summary>Groups near-identical captions with MinHash/LSH, so that a cluster of captions is one shared object.</summary>
/// <remarks>
/// Captions are normalized as for <see cref="ObjectKind.Caption"/>, cut into character 5-gram shingles (which works
/// for Chinese without segmentation) and summarized by a one-permutation MinHash of <see cref="Hashes"/> bins. Identical captions are
/// hashed once. LSH with <see cref="Bands"/> bands of <see cref="Rows"/> values proposes candidates; a candidate joins
/// a cluster when the share of equal MinHash values (an estimate of Jaccard similarity) reaches
/// <see cref="CoordinationOptions.NearCaptionSimilarity"/>. Clusters are transitive (A~B and B~C put A and C together).
/// No all-pairs comparison: in each band a caption is compared only with the first caption of its bucket, so a
/// similar pair can be missed when, in every band they share, the bucket's first caption is not similar to it. The hash
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
        var table = new ShareTable();
        var rows = new List<(int Caption, int Account, int Content, long Time)>();
        using (var cmd = store.Connection.CreateCommand())
        {
            cmd.CommandText = """
                SELECT text, author_id, id, CAST(floor(epoch(created_at)) AS BIGINT)
                FROM posts WHERE author_id IS NOT NULL AND created_at IS NOT NULL AND text IS NOT NULL
                ORDER BY source_id, source_item
                """;
            using var reader = cmd.ExecuteReader();
            var buffer = new System.Text.StringBuilder();
            while (reader.Read())
            {
                var caption = Normalize(reader.GetString(0), buffer);
                if (caption.Length >= options.MinCaptionLength)
                {
                    rows.Add((captions.Intern(caption), table.Names.Intern(reader.GetString(1)), table.Names.Intern(reader.GetString(2)), reader.GetInt64(3)));
                }
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        var cluster = Cluster(captions, options.NearCaptionSimilarity, cancellationToken);

        var objectNames = new Dictionary<int, int>();
        foreach (var (caption, account, content, time) in rows)
        {
            var root = cluster[caption];
            if (!objectNames.TryGetValue(root, out var objectId))
            {
                // The first post of a cluster names it; the prefix keeps the name apart from that post's own id.
                objectId = table.Names.Intern("near-caption:" + table.Names[content]);
                objectNames.Add(root, objectId);
            }
            table.Add(objectId, account, content, time);
        }
        return table;
    }

    /// <summary>Lower case with runs of white space collapsed to one space and trimmed (as <see cref="ShareLoader.CaptionSql"/>).</summary>
    public static string Normalize(string text, System.Text.StringBuilder buffer)
    {
        buffer.Clear();
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = buffer.Length > 0;
                continue;
            }
            if (space)
            {
                buffer.Append(' ');
                space = false;
            }
            buffer.Append(char.ToLowerInvariant(c));
        }
        return buffer.ToString();
    }

    /// <summary>The cluster (a representative caption id) of every caption of <paramref name="captions"/>.</summary>
    public static int[] Cluster(StringPool captions, double similarity, CancellationToken cancellationToken = default)
    {
        var n = captions.Count;
        var (a, b) = HashFamily();
        var signatures = new uint[(long)n * Hashes];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            Sign(captions[i], a, b, signatures.AsSpan(i * Hashes, Hashes)));

        var sets = new UnionFind(n);
        var need = (int)Math.Ceiling(similarity * Hashes - 1e-9);
        var keys = new ulong[n];
        var order = new int[n];
        for (var band = 0; band < Bands; band++)
        {
            var offset = band * Rows;
            Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                keys[i] = BandKey(signatures.AsSpan((i * Hashes) + offset, Rows));
                order[i] = i;
            });
            // Sorting by key (then caption id, for a stable head) puts each bucket in one run.
            Array.Sort(keys, order);
            var start = 0;
            for (var k = 1; k <= n; k++)
            {
                if (k < n && keys[k] == keys[start])
                {
                    continue;
                }
                if (k - start > 1)
                {
                    Array.Sort(order, start, k - start);
                    var head = order[start];
                    var headSig = signatures.AsSpan(head * Hashes, Hashes);
                    for (var m = start + 1; m < k; m++)
                    {
                        var i = order[m];
                        if (sets.Find(head) != sets.Find(i) && Equal(headSig, signatures.AsSpan(i * Hashes, Hashes)) >= need)
                        {
                            sets.Union(i, head);
                        }
                    }
                }
                start = k;
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
        var result = new int[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = sets.Find(i);
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

    /// <summary>The multiplier (odd) and offset applied to every shingle hash, drawn from a fixed seed.</summary>
    private static (ulong A, ulong B) HashFamily()
    {
        var random = new Random(Seed);
        return ((ulong)random.NextInt64() | 1UL, (ulong)random.NextInt64());
    }

    /// <summary>
    /// One-permutation MinHash: each shingle is hashed once and kept, as its low 32 bits, in the bin its top bits name
    /// if smaller than what the bin holds; empty bins borrow from the next filled bin to the right, shifted by the
    /// distance (rotation densification, Shrivastava and Li 2014), so every bin stays comparable between captions.
    /// </summary>
    private static void Sign(string text, ulong a, ulong b, Span<uint> signature)
    {
        signature.Fill(uint.MaxValue);
        var count = Math.Max(1, text.Length - ShingleLength + 1);
        for (var s = 0; s < count; s++)
        {
            var x = (Mix(text.AsSpan(s, Math.Min(ShingleLength, text.Length - s))) * a) + b;
            var bin = (int)(x >> 58);
            var v = (uint)x;
            if (v < signature[bin])
            {
                signature[bin] = v;
            }
        }
        var filled = 0UL;
        for (var h = 0; h < Hashes; h++)
        {
            if (signature[h] != uint.MaxValue)
            {
                filled |= 1UL << h;
            }
        }
        if (filled == 0 || filled == ulong.MaxValue)
        {
            return;
        }
        for (var h = 0; h < Hashes; h++)
        {
            if ((filled & (1UL << h)) != 0)
            {
                continue;
            }
            var d = 1;
            while ((filled & (1UL << ((h + d) % Hashes))) == 0)
            {
                d++;
            }
            signature[h] = unchecked(signature[(h + d) % Hashes] + ((uint)d * 0x9E3779B1u));
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
}
