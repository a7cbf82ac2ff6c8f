using System.Text;
using System.Text.Json;

namespace Graywatch.Ingest;

/// <summary>Reads the three lists of each Research API video line and says whether DuckDB's road must normalize them.</summary>
/// <remarks>
/// <para>
/// The lists are <c>hashtag_names</c>, <c>video_mention_list</c> and <c>effect_ids</c>. An item needs normalizing
/// when the general reader would change it: a hashtag that is empty, starts with <c>#</c> or a space, ends with a
/// space, has a capital letter or repeats another; a mention that starts with <c>@</c> or a space or ends with one;
/// an effect id that is blank; an escaped string or a null in any list. An item that is an object, an array or a
/// number other than an integer, or a list key found twice on a line, rules DuckDB's road out (the reader reads
/// those differently). Reading these lists here, while the file is hashed, costs less than asking DuckDB.
/// </para>
/// <para>
/// A line with no object inside it (nearly every line) is read in one pass over its <c>[</c>s. A line that holds
/// an object is searched for each key by name, and for a second copy of it, since a nested key could hide the
/// top-level one. A top-level key repeated on a line needs no check of its own: DuckDB refuses that line.
/// </para>
/// <para>
/// Over-reporting is harmless (the lists are then normalized, which gives the same result); under-reporting is
/// not, so anything unexpected counts as needing work. A capital letter outside the Basic Multilingual Plane rules
/// the road out, because .NET's casing (which the reader uses) and DuckDB's differ there.
/// </para>
/// </remarks>
internal sealed class ResearchListGrades
{
    // The quoted key of each list, by Kind.
    private static readonly byte[][] Keys = ["\"hashtag_names\""u8.ToArray(), "\"video_mention_list\""u8.ToArray(), "\"effect_ids\""u8.ToArray()];

    private static readonly Kind[] Kinds = [Kind.Tags, Kind.Mentions, Kind.Effects];

    // Whether some list of each kind needs normalizing, by Kind.
    private readonly bool[] _needsWork = new bool[Kinds.Length];

    private readonly List<(int Start, int Length)> _items = [];

    /// <summary>Some hashtag list needs normalizing.</summary>
    public bool Tags => _needsWork[(int)Kind.Tags];

    /// <summary>Some mention list needs normalizing.</summary>
    public bool Mentions => _needsWork[(int)Kind.Mentions];

    /// <summary>Some effect id list needs normalizing.</summary>
    public bool Effects => _needsWork[(int)Kind.Effects];

    /// <summary>Grades one line; returns why DuckDB's road is ruled out, or null.</summary>
    public string? Grade(ReadOnlySpan<byte> line)
    {
        string? why = null;
        var open = line.IndexOf((byte)'{');
        var body = line[(open + 1)..];
        if (open < 0 || body.IndexOf((byte)'{') >= 0)
        {
            // An object within the line: a list key may be nested, so each key is sought by name, and twice.
            foreach (var kind in Kinds)
            {
                _needsWork[(int)kind] |= List(line, kind, ref why);
            }
            return why;
        }
        // A flat object (nearly every line): every list is found by its '[' in one pass, and a name before it
        // (unescaped, so not inside a string) is a top-level key. DuckDB refuses a line that repeats one of these keys.
        for (var at = body.IndexOf((byte)'['); at >= 0;)
        {
            if (KeyBefore(body, at) is { } kind)
            {
                _needsWork[(int)kind] |= Items(body[at..], kind, ref why);
            }
            var next = body[(at + 1)..].IndexOf((byte)'[');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return why;
    }

    /// <summary>Which list key, if any, names the value that opens at <paramref name="at"/>: <c>"name"</c>, then <c>:</c>, with optional white space.</summary>
    private static Kind? KeyBefore(ReadOnlySpan<byte> json, int at)
    {
        var i = SkipSpaceBack(json, at - 1);
        if (i < 0 || json[i] != (byte)':')
        {
            return null;
        }
        i = SkipSpaceBack(json, i - 1);
        if (i < 1 || json[i] != (byte)'"')
        {
            return null;
        }
        // The closing quote follows a letter of the name, so it is not escaped; the opening one must not be either.
        foreach (var kind in Kinds)
        {
            if (Names(json, i, Keys[(int)kind]))
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>Whether the quoted <paramref name="key"/> ends at <paramref name="quote"/>, its opening quote not escaped.</summary>
    private static bool Names(ReadOnlySpan<byte> json, int quote, ReadOnlySpan<byte> key)
    {
        var start = quote + 1 - key.Length;
        return start >= 0 && json.Slice(start, key.Length).SequenceEqual(key) && !Escaped(json, start);
    }

    private static int SkipSpaceBack(ReadOnlySpan<byte> json, int i)
    {
        while (i >= 0 && json[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i--;
        }
        return i;
    }

    /// <summary>Whether the quote at <paramref name="quote"/> is escaped: an odd number of backslashes before it.</summary>
    private static bool Escaped(ReadOnlySpan<byte> json, int quote)
    {
        var backslashes = 0;
        for (var i = quote - 1; i >= 0 && json[i] == (byte)'\\'; i--)
        {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private enum Kind
    {
        Tags,
        Mentions,
        Effects,
    }

    /// <summary>Whether the list under the key of <paramref name="kind"/> needs normalizing; sets <paramref name="why"/> when the road is ruled out.</summary>
    private bool List(ReadOnlySpan<byte> line, Kind kind, ref string? why)
    {
        var key = Keys[(int)kind];
        var at = line.IndexOf(key);
        if (at < 0)
        {
            return false;
        }
        if (line[(at + key.Length)..].IndexOf(key) >= 0)
        {
            why ??= $"{Encoding.UTF8.GetString(key)} appears twice";
            return true;
        }
        var rest = line[(at + key.Length)..].TrimStart(" \t\r"u8);
        if (rest.IsEmpty || rest[0] != (byte)':')
        {
            // The name is a value here, not a key: nothing to grade.
            return false;
        }
        rest = rest[1..].TrimStart(" \t\r"u8);
        if (rest.IsEmpty || rest[0] != (byte)'[')
        {
            // null, or something DuckDB refuses for a list (the file then goes to the reader anyway).
            return false;
        }
        return Items(rest, kind, ref why);
    }

    /// <summary>Whether the list that opens <paramref name="rest"/> needs normalizing; sets <paramref name="why"/> when the road is ruled out.</summary>
    private bool Items(ReadOnlySpan<byte> rest, Kind kind, ref string? why)
    {
        _items.Clear();
        if (PlainStrings(rest, kind, ref why) is { } plain)
        {
            return plain;
        }
        var reader = new Utf8JsonReader(rest, isFinalBlock: true, state: default);
        var needsWork = false;
        _items.Clear();
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.String when reader.ValueIsEscaped:
                        // Normalized anyway; decoded only so that what rules the road out is seen behind escapes too.
                        NeedsWork(Encoding.UTF8.GetBytes(reader.GetString()!), kind, ref why);
                        needsWork = true;
                        break;
                    case JsonTokenType.Null:
                        needsWork = true;
                        break;
                    case JsonTokenType.String:
                        needsWork |= Item(rest, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, kind, ref why);
                        break;
                    case JsonTokenType.Number when IsInteger(reader.ValueSpan):
                        break;
                    default:
                        why ??= $"{Encoding.UTF8.GetString(Keys[(int)kind])} holds a {reader.TokenType}";
                        return true;
                }
            }
        }
        catch (JsonException)
        {
            // DuckDB will refuse the line as well.
            why ??= $"{Encoding.UTF8.GetString(Keys[(int)kind])} is not a valid list";
            return true;
        }
        return needsWork;
    }

    /// <summary>
    /// Grades a list of plain strings (no escapes) without a JSON reader, which is most lists; null when the list
    /// holds anything else, for <see cref="Utf8JsonReader"/> to read.
    /// </summary>
    private bool? PlainStrings(ReadOnlySpan<byte> json, Kind kind, ref string? why)
    {
        var i = 1;
        var needsWork = false;
        while (true)
        {
            i = SkipSpace(json, i);
            if (i >= json.Length)
            {
                return null;
            }
            if (json[i] == (byte)']' && _items.Count == 0)
            {
                return needsWork;
            }
            if (json[i] != (byte)'"')
            {
                return null;
            }
            var length = json[(i + 1)..].IndexOfAny((byte)'"', (byte)'\\');
            if (length < 0 || json[i + 1 + length] != (byte)'"')
            {
                return null;
            }
            needsWork |= Item(json, i + 1, length, kind, ref why);
            i = SkipSpace(json, i + length + 2);
            if (i >= json.Length)
            {
                return null;
            }
            if (json[i] == (byte)']')
            {
                return needsWork;
            }
            if (json[i] != (byte)',')
            {
                return null;
            }
            i++;
        }
    }

    private static int SkipSpace(ReadOnlySpan<byte> json, int i)
    {
        while (i < json.Length && json[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }
        return i;
    }

    /// <summary>Grades one unescaped string item at <paramref name="start"/> in <paramref name="json"/> and remembers it for the repeat test.</summary>
    private bool Item(ReadOnlySpan<byte> json, int start, int length, Kind kind, ref string? why)
    {
        var item = (start, length);
        var needsWork = NeedsWork(json.Slice(start, length), kind, ref why) || (kind == Kind.Tags && Repeats(json, item));
        _items.Add(item);
        return needsWork;
    }

    private bool Repeats(ReadOnlySpan<byte> json, (int Start, int Length) item)
    {
        var value = json.Slice(item.Start, item.Length);
        foreach (var (start, length) in _items)
        {
            if (json.Slice(start, length).SequenceEqual(value))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NeedsWork(ReadOnlySpan<byte> value, Kind kind, ref string? why)
    {
        // Capitals first, so that one outside the Basic Multilingual Plane is seen whatever else the tag needs.
        if (value.IsEmpty || kind == Kind.Tags && HasCapital(value, ref why))
        {
            return true;
        }
        if (kind == Kind.Tags && value[0] == (byte)'#' || kind == Kind.Mentions && value[0] == (byte)'@')
        {
            return true;
        }
        if (Rune.DecodeFromUtf8(value, out var first, out _) != System.Buffers.OperationStatus.Done || Rune.IsWhiteSpace(first))
        {
            return true;
        }
        if (kind == Kind.Effects)
        {
            // Only a blank id changes, and a blank id starts with a space.
            return false;
        }
        if (Rune.DecodeLastFromUtf8(value, out var last, out _) != System.Buffers.OperationStatus.Done || Rune.IsWhiteSpace(last))
        {
            return true;
        }
        return false;
    }

    private static bool HasCapital(ReadOnlySpan<byte> value, ref string? why)
    {
        var ascii = true;
        foreach (var b in value)
        {
            if (b is >= (byte)'A' and <= (byte)'Z')
            {
                return true;
            }
            ascii &= b < 0x80;
        }
        if (ascii)
        {
            return false;
        }
        var capital = false;
        while (!value.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(value, out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                return true;
            }
            if (Rune.IsUpper(rune))
            {
                if (!rune.IsBmp)
                {
                    why ??= "a hashtag has a capital letter outside the Basic Multilingual Plane";
                }
                capital = true;
            }
            value = value[used..];
        }
        return capital;
    }

    private static bool IsInteger(ReadOnlySpan<byte> number)
    {
        var digits = number.Length > 0 && number[0] == (byte)'-' ? number[1..] : number;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }
        return !digits.IsEmpty;
    }
}
