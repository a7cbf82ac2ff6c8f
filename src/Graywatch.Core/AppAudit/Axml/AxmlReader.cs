using System.Buffers.Binary;
using System.Text;

namespace Graywatch.AppAudit.Axml;

/// <summary>Parses Android binary XML (AXML: the compiled <c>AndroidManifest.xml</c>) into an element tree.</summary>
/// <remarks>
/// Every chunk size, string offset and index is checked against its chunk; a string count of 2^32-1 or a chunk that
/// claims more bytes than the file has ends in <see cref="AppAuditException"/>, never in a large allocation. Stateless.
/// </remarks>
public static class AxmlReader
{
    private const int XmlType = 0x0003;
    private const int StringPoolType = 0x0001;
    private const int ResourceMapType = 0x0180;
    private const int StartElementType = 0x0102;
    private const int EndElementType = 0x0103;

    /// <summary>Parses <paramref name="data"/> and returns its root element.</summary>
    public static AxmlElement Read(ReadOnlySpan<byte> data, AuditLimits? limits = null)
    {
        var maxDepth = (limits ?? AuditLimits.Default).MaxXmlDepth;
        if (data.Length < 8 || BinaryPrimitives.ReadUInt16LittleEndian(data) != XmlType)
        {
            throw Bad("not a binary XML file (no 0x0003 header)");
        }
        int headerSize = BinaryPrimitives.ReadUInt16LittleEndian(data[2..]);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        var end = (int)Math.Min(size, (uint)data.Length);
        if (headerSize < 8 || headerSize > end)
        {
            throw Bad($"header size {headerSize} is impossible");
        }
        StringPool? pool = null;
        uint[] resourceIds = [];
        var stack = new Stack<AxmlElement>();
        AxmlElement? root = null;
        var p = headerSize;
        while (p <= end - 8)
        {
            var chunk = data[p..end];
            int type = BinaryPrimitives.ReadUInt16LittleEndian(chunk);
            int chunkHeader = BinaryPrimitives.ReadUInt16LittleEndian(chunk[2..]);
            var chunkSize = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunkHeader < 8 || chunkSize < chunkHeader || chunkSize > (uint)chunk.Length)
            {
                throw Bad($"chunk 0x{type:x4} at offset {p} declares {chunkSize} bytes (header {chunkHeader}); {chunk.Length} remain");
            }
            chunk = chunk[..(int)chunkSize];
            switch (type)
            {
                case StringPoolType:
                    pool = new StringPool(chunk.ToArray(), chunkHeader);
                    break;
                case ResourceMapType:
                    resourceIds = new uint[(chunk.Length - chunkHeader) / 4];
                    for (var i = 0; i < resourceIds.Length; i++)
                    {
                        resourceIds[i] = BinaryPrimitives.ReadUInt32LittleEndian(chunk[(chunkHeader + (i * 4))..]);
                    }
                    break;
                case StartElementType:
                    var element = ReadElement(chunk, chunkHeader, pool ?? throw Bad("an element comes before the string pool"), resourceIds);
                    if (stack.Count >= maxDepth)
                    {
                        throw Bad($"elements nest deeper than {maxDepth}");
                    }
                    if (stack.TryPeek(out var parent))
                    {
                        parent.Children.Add(element);
                    }
                    else
                    {
                        root ??= element;
                    }
                    stack.Push(element);
                    break;
                case EndElementType:
                    stack.TryPop(out _);
                    break;
                default:
                    break;
            }
            p += (int)chunkSize;
        }
        return root ?? throw Bad("no elements");
    }

    private static AxmlElement ReadElement(ReadOnlySpan<byte> chunk, int headerSize, StringPool pool, uint[] resourceIds)
    {
        if (chunk.Length < headerSize + 20)
        {
            throw Bad("a start-element chunk is too short");
        }
        var ext = chunk[headerSize..];
        var name = pool.Get(BinaryPrimitives.ReadUInt32LittleEndian(ext[4..])) ?? "";
        int attributeStart = BinaryPrimitives.ReadUInt16LittleEndian(ext[8..]);
        int attributeSize = BinaryPrimitives.ReadUInt16LittleEndian(ext[10..]);
        int count = BinaryPrimitives.ReadUInt16LittleEndian(ext[12..]);
        if (count > 0 && (attributeSize < 20 || attributeStart + ((long)attributeSize * count) > ext.Length))
        {
            throw Bad($"element <{name}> declares {count} attributes of {attributeSize} bytes that do not fit in its chunk");
        }
        var attributes = new AxmlAttribute[count];
        for (var i = 0; i < count; i++)
        {
            var a = ext[(attributeStart + (i * attributeSize))..];
            var nameIndex = BinaryPrimitives.ReadUInt32LittleEndian(a[4..]);
            var raw = BinaryPrimitives.ReadUInt32LittleEndian(a[8..]);
            var dataType = a[15];
            var value = BinaryPrimitives.ReadUInt32LittleEndian(a[16..]);
            var text = dataType == 0x03 ? pool.Get(value) : raw != 0xFFFFFFFF ? pool.Get(raw) : null;
            var id = nameIndex < resourceIds.Length ? resourceIds[nameIndex] : 0;
            attributes[i] = new AxmlAttribute(pool.Get(nameIndex) ?? "", id, dataType, value, text);
        }
        return new AxmlElement(name, attributes);
    }

    private static AppAuditException Bad(string reason) => new($"AndroidManifest.xml: {reason}");

    /// <summary>A string pool chunk decoded on demand, every offset checked.</summary>
    private sealed class StringPool
    {
        private readonly byte[] _chunk;
        private readonly uint _count;
        private readonly int _offsets;
        private readonly uint _stringsStart;
        private readonly bool _utf8;
        private readonly Dictionary<uint, string> _cache = [];

        public StringPool(byte[] chunk, int headerSize)
        {
            if (headerSize < 28)
            {
                throw Bad("the string pool header is too short");
            }
            _chunk = chunk;
            _count = BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(8));
            _utf8 = (BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(16)) & 0x100) != 0;
            _stringsStart = BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(20));
            _offsets = headerSize;
            if (_count > (uint)(chunk.Length - headerSize) / 4 || _stringsStart > chunk.Length)
            {
                throw Bad($"the string pool declares {_count} strings starting at {_stringsStart}, more than its {chunk.Length} bytes hold");
            }
        }

        public string? Get(uint index)
        {
            if (index == 0xFFFFFFFF)
            {
                return null;
            }
            if (index >= _count)
            {
                throw Bad($"string index {index} is out of range (the pool has {_count})");
            }
            if (_cache.TryGetValue(index, out var cached))
            {
                return cached;
            }
            var offset = (long)_stringsStart + BinaryPrimitives.ReadUInt32LittleEndian(_chunk.AsSpan(_offsets + ((int)index * 4)));
            if (offset >= _chunk.Length)
            {
                throw Bad($"string {index} starts at {offset}, past the pool's end");
            }
            var s = _utf8 ? Utf8At((int)offset) : Utf16At((int)offset);
            _cache[index] = s;
            return s;
        }

        private string Utf8At(int p)
        {
            var span = _chunk.AsSpan(p);
            var q = LengthUtf8(span, 0, out _);
            q = LengthUtf8(span, q, out var bytes);
            if (bytes > span.Length - q)
            {
                throw Bad($"a UTF-8 string of {bytes} bytes runs past the pool's end");
            }
            return Encoding.UTF8.GetString(span.Slice(q, bytes));
        }

        private string Utf16At(int p)
        {
            var span = _chunk.AsSpan(p);
            if (span.Length < 2)
            {
                throw Bad("a string runs past the pool's end");
            }
            int length = BinaryPrimitives.ReadUInt16LittleEndian(span);
            var q = 2;
            if ((length & 0x8000) != 0)
            {
                if (span.Length < 4)
                {
                    throw Bad("a string runs past the pool's end");
                }
                length = ((length & 0x7FFF) << 16) | BinaryPrimitives.ReadUInt16LittleEndian(span[2..]);
                q = 4;
            }
            if (length > (span.Length - q) / 2)
            {
                throw Bad($"a UTF-16 string of {length} characters runs past the pool's end");
            }
            return Encoding.Unicode.GetString(span.Slice(q, length * 2));
        }

        private static int LengthUtf8(ReadOnlySpan<byte> span, int q, out int length)
        {
            if (q >= span.Length)
            {
                throw Bad("a string runs past the pool's end");
            }
            length = span[q];
            if ((length & 0x80) == 0)
            {
                return q + 1;
            }
            if (q + 1 >= span.Length)
            {
                throw Bad("a string runs past the pool's end");
            }
            length = ((length & 0x7F) << 8) | span[q + 1];
            return q + 2;
        }
    }
}
