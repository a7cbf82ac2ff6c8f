namespace Graywatch.Text;

/// <summary>Hashed features of prepared text: word unigrams and bigrams, character 2- to 5-grams inside words, Han character 1- and 2-grams, emoji.</summary>
/// <remarks>
/// Features are hashed (FNV-1a, with a different seed per kind) into <see cref="Dimensions"/> buckets and counted;
/// <see cref="LinearTextModel"/> weighs them (1 + log tf) × idf and scales to unit length. Stateless and thread-safe.
/// </remarks>
public static class TextFeatures
{
    /// <summary>Number of hash buckets (2^18).</summary>
    public const int Dimensions = 1 << 18;

    private const int Mask = Dimensions - 1;
    private const uint WordSeed = 2166136261;
    private const uint BigramSeed = 0x9E3779B9;
    private const uint CharSeed = 0x85EBCA6B;
    private const uint HanSeed = 0xC2B2AE35;

    /// <summary>The bucket of one word's unigram feature (used to explain a score by its words).</summary>
    public static int WordBucket(string word) => (int)(Hash(WordSeed, word) & Mask);

    /// <summary>Bucket counts of one text, sorted by bucket.</summary>
    public static SparseVector Extract(PreparedText text)
    {
        var buckets = new List<int>(64 + (text.Original.Length * 4));
        uint previous = 0;
        var hasPrevious = false;
        foreach (var token in text.Tokens)
        {
            var h = Hash(WordSeed, token.Text);
            buckets.Add((int)(h & Mask));
            if (hasPrevious)
            {
                buckets.Add((int)(((previous * 31) ^ h ^ BigramSeed) & Mask));
            }
            previous = h;
            hasPrevious = true;
            if (token.Kind == TokenKind.Word)
            {
                CharGrams(token.Text, buckets);
            }
        }
        foreach (var run in text.HanRuns)
        {
            for (var i = 0; i < run.Length; i++)
            {
                buckets.Add((int)(Hash(HanSeed, run.AsSpan(i, 1)) & Mask));
                if (i + 1 < run.Length)
                {
                    buckets.Add((int)(Hash(HanSeed, run.AsSpan(i, 2)) & Mask));
                }
            }
        }
        return Count(buckets);
    }

    private static void CharGrams(string word, List<int> buckets)
    {
        Span<char> padded = stackalloc char[Math.Min(word.Length, 60) + 2];
        padded[0] = ' ';
        word.AsSpan(0, padded.Length - 2).CopyTo(padded[1..]);
        padded[^1] = ' ';
        for (var n = 2; n <= 5; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                buckets.Add((int)(Hash(CharSeed + (uint)n, padded.Slice(i, n)) & Mask));
            }
        }
    }

    private static SparseVector Count(List<int> buckets)
    {
        buckets.Sort();
        var indices = new List<int>(buckets.Count);
        var values = new List<float>(buckets.Count);
        for (var i = 0; i < buckets.Count; i++)
        {
            if (indices.Count > 0 && indices[^1] == buckets[i])
            {
                values[^1]++;
            }
            else
            {
                indices.Add(buckets[i]);
                values.Add(1);
            }
        }
        return new SparseVector([.. indices], [.. values]);
    }

    private static uint Hash(uint seed, ReadOnlySpan<char> s)
    {
        var h = seed;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619;
        }
        return h ^ (h >> 15);
    }
}
