using System.Text;
using System.Text.Json;
using Graywatch.Model;

namespace Graywatch.Readers.Parsing;

/// <summary>Maps one TikTok Research API video object in a single forward pass over its UTF-8 bytes.</summary>
/// <remarks>This is the hot path of a large ingest: no document is built, and ids are read from the raw token, never through double.</remarks>
internal static class TikTokVideoMapper
{
    /// <summary>The outcome of a pass: a record, or the news that the object is an API response that wraps videos.</summary>
    public enum Outcome
    {
        Mapped,
        IsResponse,
    }

    /// <summary>Maps <paramref name="json"/>; returns <see cref="Outcome.IsResponse"/> when it has a top-level <c>data</c> property.</summary>
    /// <exception cref="JsonException">The bytes are not one JSON value.</exception>
    /// <exception cref="RecordException">A field is missing or has a bad value.</exception>
    public static Outcome Map(ReadOnlySpan<byte> json, long item, string? raw, ReaderContext context, out MappedRecord? record)
    {
        record = null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                return Outcome.IsResponse;
            }
            throw new RecordException(QuarantineKinds.UnknownShape, $"expected a JSON object, found {reader.TokenType}");
        }

        string? id = null, videoId = null, username = null, region = null, text = null, music = null, transcript = null;
        DateTimeOffset? created = null;
        long? views = null, likes = null, comments = null, shares = null, saves = null;
        double? duration = null;
        List<string>? hashtags = null, effects = null, mentions = null, stickers = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = Token(ref reader);
            }
            else if (reader.ValueTextEquals("video_id"u8))
            {
                // The API's own examples and traktok name the id video_id.
                reader.Read();
                videoId = Token(ref reader);
            }
            else if (reader.ValueTextEquals("create_time"u8))
            {
                reader.Read();
                created = Time(ref reader, "create_time");
            }
            else if (reader.ValueTextEquals("username"u8))
            {
                reader.Read();
                username = Token(ref reader);
            }
            else if (reader.ValueTextEquals("video_description"u8))
            {
                reader.Read();
                text = Token(ref reader);
            }
            else if (reader.ValueTextEquals("view_count"u8))
            {
                reader.Read();
                views = Count(ref reader, "view_count");
            }
            else if (reader.ValueTextEquals("like_count"u8))
            {
                reader.Read();
                likes = Count(ref reader, "like_count");
            }
            else if (reader.ValueTextEquals("comment_count"u8))
            {
                reader.Read();
                comments = Count(ref reader, "comment_count");
            }
            else if (reader.ValueTextEquals("share_count"u8))
            {
                reader.Read();
                shares = Count(ref reader, "share_count");
            }
            else if (reader.ValueTextEquals("favorites_count"u8))
            {
                reader.Read();
                saves = Count(ref reader, "favorites_count");
            }
            else if (reader.ValueTextEquals("hashtag_names"u8))
            {
                reader.Read();
                ReadStrings(ref reader, ref hashtags, normalizeTags: true);
            }
            else if (reader.ValueTextEquals("hashtag_info_list"u8))
            {
                reader.Read();
                ReadStrings(ref reader, ref hashtags, normalizeTags: true, "hashtag_name"u8);
            }
            else if (reader.ValueTextEquals("region_code"u8))
            {
                reader.Read();
                region = Token(ref reader);
            }
            else if (reader.ValueTextEquals("music_id"u8))
            {
                reader.Read();
                music = Token(ref reader);
            }
            else if (reader.ValueTextEquals("effect_ids"u8))
            {
                reader.Read();
                ReadStrings(ref reader, ref effects, normalizeTags: false);
            }
            else if (reader.ValueTextEquals("video_mention_list"u8))
            {
                reader.Read();
                ReadStrings(ref reader, ref mentions, normalizeTags: false);
            }
            else if (reader.ValueTextEquals("voice_to_text"u8))
            {
                reader.Read();
                transcript = Token(ref reader);
            }
            else if (reader.ValueTextEquals("video_duration"u8))
            {
                reader.Read();
                duration = reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : DurationText(Token(ref reader));
                if (duration < 0)
                {
                    throw RecordException.Invalid("video_duration", Token(ref reader), "duration");
                }
            }
            else if (reader.ValueTextEquals("sticker_info_list"u8))
            {
                reader.Read();
                ReadStrings(ref reader, ref stickers, normalizeTags: false);
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                return Outcome.IsResponse;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("unexpected content after the object");
        }
        id ??= videoId ?? throw RecordException.Missing("id");
        if (username is null)
        {
            throw RecordException.Missing("username");
        }
        if (created is null)
        {
            throw RecordException.Missing("create_time");
        }

        var observedAt = context.DefaultObservedAt;
        var post = new Post
        {
            Platform = Platforms.TikTok,
            Id = id,
            AuthorId = username,
            AuthorName = username,
            CreatedAt = created,
            Text = text,
            Hashtags = Canonical.List(hashtags),
            Mentions = Mentions(mentions),
            SoundId = music,
            EffectIds = Canonical.List(effects),
            DurationSeconds = duration,
            RegionCode = region,
            StickerTexts = Canonical.List(stickers),
            Transcript = transcript,
        };
        var snapshot = Canonical.Snapshot(Platforms.TikTok, id, observedAt, views, likes, comments, shares, saves);
        record = new MappedRecord { Item = item, Raw = raw, Post = post, Snapshot = snapshot };
        return Outcome.Mapped;
    }

    private static IReadOnlyList<string> Mentions(List<string>? mentions)
    {
        if (mentions is null)
        {
            return [];
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            mentions[i] = Tags.Mention(mentions[i]) ?? mentions[i];
        }
        return mentions;
    }

    private static string? Token(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString() is { Length: > 0 } s ? s : null,
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => null,
        _ => SkipAndNull(ref reader),
    };

    private static string? SkipAndNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    private static long? Count(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            // The rule of every reader (the generic reader's CountParser): a count is not negative, a fraction rounds.
            if (reader.TryGetInt64(out var n) && n >= 0)
            {
                return n;
            }
            if (reader.TryGetDecimal(out var d) && d >= 0 && d <= long.MaxValue)
            {
                return (long)Math.Round(d, MidpointRounding.AwayFromZero);
            }
        }
        else if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        else if (reader.TokenType == JsonTokenType.String && CountParser.TryParse(reader.GetString(), out var count))
        {
            return count;
        }
        throw RecordException.Invalid(field, Token(ref reader), "count");
    }

    private static DateTimeOffset? Time(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number) && TimeParser.TryFromUnix(number, out var time))
        {
            return time;
        }
        if (reader.TokenType == JsonTokenType.String && TimeParser.TryParse(reader.GetString(), out time))
        {
            return time;
        }
        throw RecordException.Invalid(field, Token(ref reader), "time");
    }

    private static double? DurationText(string? text) =>
        text is not null && TimeParser.TryParseDuration(text, out var seconds) ? seconds : null;

    /// <summary>Collects the strings of an array (or of <paramref name="onlyProperty"/> in its objects), however nested.</summary>
    private static void ReadStrings(ref Utf8JsonReader reader, ref List<string>? into, bool normalizeTags, ReadOnlySpan<byte> onlyProperty = default)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
        {
            Add(ref into, Token(ref reader), normalizeTags);
            return;
        }
        if (reader.TokenType is not (JsonTokenType.StartArray or JsonTokenType.StartObject))
        {
            return;
        }
        var depth = reader.CurrentDepth;
        var take = onlyProperty.IsEmpty;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    take = onlyProperty.IsEmpty || reader.ValueTextEquals(onlyProperty);
                    break;
                case JsonTokenType.String or JsonTokenType.Number when take:
                    Add(ref into, Token(ref reader), normalizeTags);
                    break;
            }
        }
    }

    private static void Add(ref List<string>? into, string? value, bool normalizeTags)
    {
        if (normalizeTags)
        {
            Tags.Add(ref into, value);
        }
        else if (!string.IsNullOrWhiteSpace(value))
        {
            (into ??= new List<string>(2)).Add(value);
        }
    }
}
