using System.Text.Encodings.Web;
using System.Text.Json;
using Graywatch.Store;

namespace Graywatch.Text.Incitement;

/// <summary>Brings the <c>text_scores</c> table up to date: scores every post text, sticker text, transcript and comment that is new or changed.</summary>
/// <remarks>
/// Record kinds: <c>post</c> (caption), <c>sticker</c> (a post's sticker texts joined), <c>transcript</c> (keyed by post id)
/// and <c>comment</c> (keyed by comment id). A text is rescored when its hash or <see cref="ScorerVersion"/> changes.
/// Works in pages of <see cref="PageSize"/> texts, scored in parallel, so memory stays flat on large stores.
/// </remarks>
public sealed class TextScoreUpdater(TextScorer scorer)
{
    /// <summary>Stored with each score (with a suffix in accurate mode, see <see cref="TextScorer.Version"/>); change it when the shipped models or signals change.</summary>
    public const string ScorerVersion = "text-2";

    public const int PageSize = 20_000;

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string Texts = """
        SELECT DISTINCT ON (platform, record_kind, record_id) platform, record_kind, record_id, text, hash(text) AS text_hash FROM (
            SELECT platform, 'post' AS record_kind, id AS record_id, text FROM posts WHERE text IS NOT NULL AND trim(text) <> ''
            UNION ALL SELECT platform, 'sticker', id, array_to_string(sticker_texts, ' / ') FROM posts WHERE len(sticker_texts) > 0
            UNION ALL SELECT platform, 'transcript', id, transcript FROM posts WHERE transcript IS NOT NULL AND trim(transcript) <> ''
            UNION ALL SELECT platform, 'comment', id, text FROM comments WHERE text IS NOT NULL AND trim(text) <> ''
        )
        """;

    /// <summary>Scores what is missing; returns how many texts were scored.</summary>
    public int Update(GraywatchStore store, CancellationToken cancellationToken)
    {
        store.Execute($"""
            CREATE OR REPLACE TEMP TABLE pending_texts AS
            SELECT t.*, row_number() OVER () AS n FROM ({Texts}) t
            WHERE NOT EXISTS (SELECT 1 FROM text_scores s WHERE s.platform = t.platform AND s.record_kind = t.record_kind
                AND s.record_id = t.record_id AND s.text_hash = t.text_hash AND s.scorer = $1)
            """, scorer.Version);
        try
        {
            var pending = Convert.ToInt64(store.Scalar("SELECT count(*) FROM pending_texts"), System.Globalization.CultureInfo.InvariantCulture);
            if (pending == 0)
            {
                return 0;
            }
            store.Execute("""
                DELETE FROM text_scores WHERE EXISTS (SELECT 1 FROM pending_texts p WHERE p.platform = text_scores.platform
                    AND p.record_kind = text_scores.record_kind AND p.record_id = text_scores.record_id)
                """);
            for (long from = 1; from <= pending; from += PageSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = store.Query("SELECT platform, record_kind, record_id, text, text_hash FROM pending_texts WHERE n >= $1 AND n < $2",
                    r => (Platform: r.GetString(0), Kind: r.GetString(1), Id: r.GetString(2), Text: r.GetString(3), Hash: r.GetFieldValue<ulong>(4)),
                    from, from + PageSize);
                var scores = scorer.ScoreAll([.. page.Select(p => p.Text)]);
                using var appender = store.Connection.CreateAppender("text_scores");
                for (var i = 0; i < page.Count; i++)
                {
                    var s = scores[i];
                    appender.CreateRow()
                        .AppendValue(page[i].Platform).AppendValue(page[i].Kind).AppendValue(page[i].Id).AppendValue(page[i].Hash)
                        .AppendValue(scorer.Version).AppendValue(s.Language)
                        .AppendValue((float)s.Anger).AppendValue((float)s.Fear).AppendValue((float)s.Disgust).AppendValue((float)s.Sadness)
                        .AppendValue((float)s.Joy).AppendValue((float)s.Hostility).AppendValue((float)s.Incitement)
                        .AppendValue(JsonSerializer.Serialize(s.Reasons.Select(r => new { kind = r.Kind, span = r.Span }), JsonOptions))
                        .EndRow();
                }
            }
            return (int)pending;
        }
        finally
        {
            store.Execute("DROP TABLE IF EXISTS pending_texts");
        }
    }
}
