using System.Text;

namespace Graywatch.Testing;

/// <summary>Writes Android binary XML (AXML) for tests: a string pool, a resource map and nested elements with typed attributes.</summary>
public sealed class AxmlBuilder
{
    private readonly List<string> _strings = [];
    private readonly List<uint> _resourceIds = [];
    private readonly List<(bool Start, string Name, (string Name, uint Id, byte Type, uint Data, string? Text)[] Attributes)> _events = [];

    /// <summary>Opens an element; attribute values are strings, ints or bools.</summary>
    public AxmlBuilder Start(string name, params (string Name, uint ResourceId, object Value)[] attributes)
    {
        var attrs = attributes.Select(a => a.Value switch
        {
            string s => (a.Name, a.ResourceId, (byte)0x03, 0u, (string?)s),
            int i => (a.Name, a.ResourceId, (byte)0x10, (uint)i, (string?)null),
            bool b => (a.Name, a.ResourceId, (byte)0x12, b ? 0xFFFFFFFFu : 0u, (string?)null),
            _ => throw new ArgumentException("attribute values are string, int or bool"),
        }).ToArray();
        _events.Add((true, name, attrs));
        return this;
    }

    public AxmlBuilder End(string name)
    {
        _events.Add((false, name, []));
        return this;
    }

    /// <summary>A manifest with a package, versions, SDK levels, permissions and one exported activity.</summary>
    public static byte[] Manifest(string package, int versionCode = 1, string versionName = "1.0", params string[] permissions)
    {
        var b = new AxmlBuilder().Start("manifest", ("versionCode", 0x0101021b, versionCode), ("versionName", 0x0101021c, versionName), ("package", 0, package))
            .Start("uses-sdk", ("minSdkVersion", 0x0101020c, 21), ("targetSdkVersion", 0x01010270, 30)).End("uses-sdk");
        foreach (var p in permissions)
        {
            b.Start("uses-permission", ("name", 0x01010003, p)).End("uses-permission");
        }
        return b.Start("application")
            .Start("activity", ("name", 0x01010003, ".MainActivity")).Start("intent-filter").End("intent-filter").End("activity")
            .Start("service", ("name", 0x01010003, "com.example.Hidden"), ("exported", 0x01010010, false)).End("service")
            .End("application").End("manifest").Build();
    }

    public byte[] Build()
    {
        // Attribute names with resource ids come first: the resource map is indexed by string index.
        foreach (var a in _events.SelectMany(e => e.Attributes).Where(a => a.Id != 0))
        {
            if (!_strings.Contains(a.Name))
            {
                _strings.Add(a.Name);
                _resourceIds.Add(a.Id);
            }
        }
        var body = new List<byte[]>();
        foreach (var (start, name, attributes) in _events)
        {
            using var ms = new MemoryStream();
            using var w = new BinaryWriter(ms);
            if (start)
            {
                w.Write((ushort)0x0102);
                w.Write((ushort)16);
                w.Write(16 + 20 + (20 * attributes.Length));
                w.Write(1);
                w.Write(-1);
                w.Write(-1);
                w.Write(Index(name));
                w.Write((ushort)20);
                w.Write((ushort)20);
                w.Write((ushort)attributes.Length);
                w.Write((ushort)0);
                w.Write((ushort)0);
                w.Write((ushort)0);
                foreach (var a in attributes)
                {
                    w.Write(-1);
                    w.Write(Index(a.Name));
                    w.Write(a.Text is null ? -1 : Index(a.Text));
                    w.Write((ushort)8);
                    w.Write((byte)0);
                    w.Write(a.Type);
                    w.Write(a.Text is null ? a.Data : (uint)Index(a.Text));
                }
            }
            else
            {
                w.Write((ushort)0x0103);
                w.Write((ushort)16);
                w.Write(24);
                w.Write(1);
                w.Write(-1);
                w.Write(-1);
                w.Write(Index(name));
            }
            body.Add(ms.ToArray());
        }
        var pool = StringPool();
        var map = new byte[8 + (4 * _resourceIds.Count)];
        BitConverter.TryWriteBytes(map.AsSpan(0), (ushort)0x0180);
        BitConverter.TryWriteBytes(map.AsSpan(2), (ushort)8);
        BitConverter.TryWriteBytes(map.AsSpan(4), map.Length);
        for (var i = 0; i < _resourceIds.Count; i++)
        {
            BitConverter.TryWriteBytes(map.AsSpan(8 + (i * 4)), _resourceIds[i]);
        }
        var total = 8 + pool.Length + map.Length + body.Sum(b => b.Length);
        using var output = new MemoryStream();
        using var o = new BinaryWriter(output);
        o.Write((ushort)0x0003);
        o.Write((ushort)8);
        o.Write(total);
        o.Write(pool);
        o.Write(map);
        foreach (var b in body)
        {
            o.Write(b);
        }
        return output.ToArray();
    }

    private int Index(string s)
    {
        var i = _strings.IndexOf(s);
        if (i < 0)
        {
            _strings.Add(s);
            i = _strings.Count - 1;
        }
        return i;
    }

    private byte[] StringPool()
    {
        // Element names and string values were indexed while the body was written; the pool is complete now.
        var data = new MemoryStream();
        var offsets = new List<int>();
        foreach (var s in _strings)
        {
            offsets.Add((int)data.Length);
            data.Write(BitConverter.GetBytes((ushort)s.Length));
            data.Write(Encoding.Unicode.GetBytes(s));
            data.Write([0, 0]);
        }
        while (data.Length % 4 != 0)
        {
            data.WriteByte(0);
        }
        var headerSize = 28;
        var start = headerSize + (4 * _strings.Count);
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write((ushort)0x0001);
        w.Write((ushort)headerSize);
        w.Write(start + (int)data.Length);
        w.Write(_strings.Count);
        w.Write(0);
        w.Write(0);
        w.Write(start);
        w.Write(0);
        foreach (var o in offsets)
        {
            w.Write(o);
        }
        w.Write(data.ToArray());
        return ms.ToArray();
    }
}
