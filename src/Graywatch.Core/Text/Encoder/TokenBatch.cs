using Microsoft.ML.Tokenizers;

namespace Graywatch.Text.Encoder;

/// <summary>Texts turned into padded rows of WordPiece ids with their attention mask, ready for the encoder.</summary>
/// <remarks>Row-major: <see cref="Ids"/> and <see cref="Mask"/> hold <see cref="Count"/> rows of <see cref="Length"/> tokens each.</remarks>
public sealed record TokenBatch(long[] Ids, long[] Mask, int Count, int Length)
{
    /// <summary>Tokenizes texts as <c>[CLS] … [SEP]</c>, cut to <paramref name="maxLength"/> tokens and padded to the longest.</summary>
    public static TokenBatch From(BertTokenizer tokenizer, IReadOnlyList<string> texts, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var rows = new List<IReadOnlyList<int>>(texts.Count);
        var length = 2;
        foreach (var text in texts)
        {
            var ids = tokenizer.EncodeToIds(text ?? "", addSpecialTokens: true, considerPreTokenization: true, considerNormalization: true);
            if (ids.Count > maxLength)
            {
                ids = [.. ids.Take(maxLength - 1), ids[^1]];
            }
            rows.Add(ids);
            length = Math.Max(length, ids.Count);
        }
        var idArray = new long[texts.Count * length];
        var mask = new long[texts.Count * length];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var t = 0; t < rows[r].Count; t++)
            {
                idArray[(r * length) + t] = rows[r][t];
                mask[(r * length) + t] = 1;
            }
        }
        return new TokenBatch(idArray, mask, texts.Count, length);
    }
}
