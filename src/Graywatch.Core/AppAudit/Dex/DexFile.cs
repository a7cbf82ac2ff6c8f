using System.Buffers.Binary;
using System.Text;

namespace Graywatch.AppAudit.Dex;

/// <summary>A DEX file's header and id tables, read in place; every table and index is checked against the file.</summary>
/// <remarks>
/// Nothing is decompiled: strings are decoded on demand and the bytecode is walked by <see cref="DexScanner"/>.
/// A truncated file, a table that does not fit (such as a string count of 2^32-1) or an index out of range ends in
/// <see cref="AppAuditException"/> naming the file. Not thread-safe.
/// </remarks>
public sealed class DexFile
{
    private const int HeaderSize = 0x70;
    private readonly ReadOnlyMemory<byte> _data;
    private readonly int _stringIds;
    private readonly int _typeIds;
    private readonly int _protoIds;
    private readonly int _fieldIds;
    private readonly int _methodIds;
    private readonly int _classDefs;
    private readonly string?[] _typeCache;

    // Strings are found by scanning to their terminating zero; hostile ids that all point into one long run would make
    // that quadratic, so the bytes scanned are capped at a multiple of the file's size (real files scan each string a few times).
    private long _scanBudget;

    /// <summary>Parses the header of <paramref name="data"/>, named <paramref name="name"/> in messages.</summary>
    public DexFile(string name, ReadOnlyMemory<byte> data)
    {
        Name = name;
        var span = data.Span;
        if (span.Length < HeaderSize)
        {
            throw Bad($"only {span.Length} bytes, shorter than a DEX header");
        }
        if (!span[..4].SequenceEqual("dex\n"u8) || span[7] != 0)
        {
            throw Bad("no DEX magic (dex\\n0xx\\0)");
        }
        if (BinaryPrimitives.ReadUInt32LittleEndian(span[0x28..]) != 0x12345678)
        {
            throw Bad("not a little-endian DEX file (endian tag)");
        }
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(span[0x20..]);
        if (declared > span.Length)
        {
            throw Bad($"truncated: the header says {declared:N0} bytes, {span.Length:N0} are present");
        }
        if (declared < HeaderSize)
        {
            throw Bad($"the header declares an impossible file size of {declared} bytes");
        }
        _data = data[..(int)declared];
        StringCount = Table(0x38, 4, "string_ids", out _stringIds);
        TypeCount = Table(0x40, 4, "type_ids", out _typeIds);
        ProtoCount = Table(0x48, 12, "proto_ids", out _protoIds);
        FieldCount = Table(0x50, 8, "field_ids", out _fieldIds);
        MethodCount = Table(0x58, 8, "method_ids", out _methodIds);
        ClassCount = Table(0x60, 32, "class_defs", out _classDefs);
        _typeCache = new string?[TypeCount];
        _scanBudget = (32L * _data.Length) + (1 << 20);
    }

    /// <summary>The entry name, such as <c>classes2.dex</c>.</summary>
    public string Name { get; }

    public int StringCount { get; }
    public int TypeCount { get; }
    public int ProtoCount { get; }
    public int FieldCount { get; }
    public int MethodCount { get; }
    public int ClassCount { get; }

    /// <summary>The whole file.</summary>
    public ReadOnlySpan<byte> Bytes => _data.Span;

    /// <summary>The MUTF-8 bytes of string <paramref name="index"/>, without the terminating zero.</summary>
    public ReadOnlySpan<byte> StringBytes(int index)
    {
        var span = _data.Span;
        var offset = U32(_stringIds + (Index(index, StringCount, "string") * 4));
        if (offset < HeaderSize || offset >= span.Length)
        {
            throw Bad($"string {index} has its data at offset {offset}, outside the file");
        }
        var p = (int)offset;
        var q = p;
        while (q < span.Length && q - p < 5 && (span[q] & 0x80) != 0)
        {
            q++;
        }
        q++;
        if (q >= span.Length)
        {
            throw Bad($"string {index} runs past the end of the file");
        }
        var end = span[q..].IndexOf((byte)0);
        if (end < 0)
        {
            throw Bad($"string {index} has no terminating zero");
        }
        _scanBudget -= end + 1;
        if (_scanBudget < 0)
        {
            throw Bad("string data overlaps far more than a real DEX file's does (scanning it would take quadratic time)");
        }
        return span.Slice(q, end);
    }

    /// <summary>String <paramref name="index"/> decoded from MUTF-8.</summary>
    public string StringAt(int index) => Mutf8.Decode(StringBytes(index));

    /// <summary>The descriptor of type <paramref name="index"/>, such as <c>Landroid/net/wifi/WifiInfo;</c>.</summary>
    public string Type(int index)
    {
        Index(index, TypeCount, "type");
        return _typeCache[index] ??= StringAt(TypeStringIndex(index));
    }

    /// <summary>The string index of type <paramref name="index"/>'s descriptor.</summary>
    public int TypeStringIndex(int index) => CheckedInt(U32(_typeIds + (Index(index, TypeCount, "type") * 4)), "type descriptor");

    /// <summary>The declaring type and name string of method reference <paramref name="index"/>.</summary>
    public (int TypeIndex, int NameIndex, int ProtoIndex) Method(int index)
    {
        var at = _methodIds + (Index(index, MethodCount, "method") * 8);
        return (Index(U16(at), TypeCount, "type"), CheckedInt(U32(at + 4), "method name"), U16(at + 2));
    }

    /// <summary>The declaring type and name string of field reference <paramref name="index"/>.</summary>
    public (int TypeIndex, int NameIndex) Field(int index)
    {
        var at = _fieldIds + (Index(index, FieldCount, "field") * 8);
        return (Index(U16(at), TypeCount, "type"), CheckedInt(U32(at + 4), "field name"));
    }

    /// <summary>A method's signature in DEX form, such as <c>(Landroid/content/Context;)Ljava/lang/String;</c>.</summary>
    public string Signature(int protoIndex)
    {
        var at = _protoIds + (Index(protoIndex, ProtoCount, "proto") * 12);
        var returns = Type(CheckedInt(U32(at + 4), "return type"));
        var parameters = U32(at + 8);
        var sb = new StringBuilder("(");
        if (parameters != 0)
        {
            var list = Offset(parameters, 4, "parameter list");
            var count = U32(list);
            if (count > 255 || count > (uint)(Bytes.Length - list - 4) / 2)
            {
                throw Bad($"a parameter list of {count} types is impossible (at most 255) or runs past the end of the file");
            }
            for (var i = 0; i < count; i++)
            {
                sb.Append(Type(U16(list + 4 + (i * 2))));
            }
        }
        return sb.Append(')').Append(returns).ToString();
    }

    /// <summary>Class definition <paramref name="index"/>: its type and the offset of its class data (0 when it has none).</summary>
    public (int TypeIndex, uint ClassDataOffset) ClassDef(int index)
    {
        var at = _classDefs + (Index(index, ClassCount, "class") * 32);
        return (CheckedInt(U32(at), "class type"), U32(at + 24));
    }

    /// <summary>Checks that <paramref name="offset"/> leaves at least <paramref name="bytes"/> bytes in the file.</summary>
    public int Offset(uint offset, int bytes, string what)
    {
        if (offset < HeaderSize || offset > (uint)(Bytes.Length - bytes))
        {
            throw Bad($"{what} at offset {offset} lies outside the file");
        }
        return (int)offset;
    }

    /// <summary>An error about this file.</summary>
    public AppAuditException Bad(string reason) => new($"{Name}: {reason}");

    private int Index(int index, int count, string what) =>
        (uint)index < (uint)count ? index : throw Bad($"{what} index {index} is out of range (the file has {count})");

    private int CheckedInt(uint value, string what) =>
        value <= int.MaxValue ? (int)value : throw Bad($"{what} index {value} is out of range");

    private int Table(int headerOffset, int itemSize, string what, out int offset)
    {
        var size = U32(headerOffset);
        var off = U32(headerOffset + 4);
        if (size == 0)
        {
            offset = 0;
            return 0;
        }
        if (off < HeaderSize || off > (uint)_data.Length || size > (uint)(_data.Length - (int)off) / (uint)itemSize)
        {
            throw Bad($"{what} declares {size:N0} entries at offset {off}, which do not fit in {_data.Length:N0} bytes");
        }
        offset = (int)off;
        return (int)size;
    }

    private uint U32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(_data.Span[at..]);

    private int U16(int at) => BinaryPrimitives.ReadUInt16LittleEndian(_data.Span[at..]);
}
