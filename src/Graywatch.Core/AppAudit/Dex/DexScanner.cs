using System.Runtime.InteropServices;
using System.Text;

namespace Graywatch.AppAudit.Dex;

/// <summary>Walks every method's bytecode in a DEX file once, matching invokes, field reads and string constants against the rules.</summary>
/// <remarks>
/// Member and string references are resolved to rule matches once per DEX file (arrays indexed by id), so the walk over
/// millions of instructions only does array lookups. Each loop advances by at least one code unit and is bounded by
/// sizes checked against the file, so hostile input cannot make it hang. Not thread-safe.
/// </remarks>
internal sealed class DexScanner
{
    private static readonly byte[] Width = BuildWidths();

    private readonly DexFile _dex;
    private readonly AuditCollector _collector;
    private readonly List<Hit> _hits = [null!];
    private readonly int[] _methodHit;
    private readonly int[] _fieldHit;
    private readonly int[] _stringHit;
    private readonly (byte[] Prefix, int Tracker)[] _trackerPrefixes;
    private readonly List<(int Hit, int Matcher)> _pending = [];

    private DexScanner(DexFile dex, AuditCollector collector)
    {
        _dex = dex;
        _collector = collector;
        _methodHit = new int[dex.MethodCount];
        _fieldHit = new int[dex.FieldCount];
        _stringHit = new int[dex.StringCount];
        _trackerPrefixes = [.. collector.Catalog.Trackers.SelectMany((t, i) => t.Classes.Select(c => (Encoding.UTF8.GetBytes("L" + c.Replace('.', '/')), i)))];
    }

    /// <summary>Scans <paramref name="dex"/> into <paramref name="collector"/>.</summary>
    public static void Scan(DexFile dex, AuditCollector collector)
    {
        var scanner = new DexScanner(dex, collector);
        scanner.ResolveReferences();
        scanner.WalkClasses();
    }

    private void ResolveReferences()
    {
        var rules = _collector.Rules;
        var typeWanted = new sbyte[_dex.TypeCount];
        for (var m = 0; m < _dex.MethodCount; m++)
        {
            var (type, name, _) = _dex.Method(m);
            var descriptor = _dex.Type(type);
            if (!rules.HasCallsOn(descriptor))
            {
                continue;
            }
            var methodName = _dex.StringAt(name);
            var matchers = rules.CallMatchers(descriptor, methodName);
            var reflection = rules.IsReflectionApi(descriptor, methodName);
            if (matchers is not null || reflection)
            {
                _methodHit[m] = NewHit(new Hit(matchers ?? [], 0, reflection));
            }
        }
        for (var f = 0; f < _dex.FieldCount; f++)
        {
            var (type, name) = _dex.Field(f);
            if (typeWanted[type] == 0)
            {
                typeWanted[type] = rules.HasFieldsOn(_dex.Type(type)) ? (sbyte)1 : (sbyte)-1;
            }
            if (typeWanted[type] > 0 && rules.FieldMatchers(_dex.Type(type), _dex.StringAt(name)) is { } matchers)
            {
                _fieldHit[f] = NewHit(new Hit(matchers, 0, false));
            }
        }
        for (var s = 0; s < _dex.StringCount; s++)
        {
            var bytes = _dex.StringBytes(s);
            _collector.Endpoints.Offer(bytes);
            if (rules.MayMatchString(bytes))
            {
                var (matchers, marks) = rules.MatchString(Mutf8.Decode(bytes));
                if (matchers is not null || marks != 0)
                {
                    _stringHit[s] = NewHit(new Hit(matchers ?? [], marks, false));
                }
            }
        }
    }

    private int NewHit(Hit hit)
    {
        _hits.Add(hit);
        return _hits.Count - 1;
    }

    private void WalkClasses()
    {
        var bytes = _dex.Bytes;
        for (var c = 0; c < _dex.ClassCount; c++)
        {
            var (type, dataOffset) = _dex.ClassDef(c);
            MatchTrackers(_dex.StringBytes(_dex.TypeStringIndex(type)), type);
            if (dataOffset == 0)
            {
                continue;
            }
            var p = _dex.Offset(dataOffset, 4, "class data");
            var staticFields = Uleb(bytes, ref p);
            var instanceFields = Uleb(bytes, ref p);
            var directMethods = Uleb(bytes, ref p);
            var virtualMethods = Uleb(bytes, ref p);
            var fields = (long)staticFields + instanceFields;
            if (fields * 2 > bytes.Length - p || ((long)directMethods + virtualMethods) * 3 > bytes.Length - p)
            {
                throw _dex.Bad($"class {c} declares more fields and methods than the file can hold");
            }
            for (var i = 0; i < fields; i++)
            {
                Uleb(bytes, ref p);
                Uleb(bytes, ref p);
            }
            WalkMethods(bytes, ref p, directMethods, type);
            WalkMethods(bytes, ref p, virtualMethods, type);
        }
    }

    private void WalkMethods(ReadOnlySpan<byte> bytes, ref int p, uint count, int classType)
    {
        long methodIndex = 0;
        for (var i = 0; i < count; i++)
        {
            methodIndex += Uleb(bytes, ref p);
            Uleb(bytes, ref p);
            var codeOffset = Uleb(bytes, ref p);
            if (methodIndex >= _dex.MethodCount)
            {
                throw _dex.Bad($"a method of class type {classType} has index {methodIndex}, out of range (the file has {_dex.MethodCount})");
            }
            if (codeOffset != 0)
            {
                WalkCode(codeOffset, (int)methodIndex, classType);
            }
        }
    }

    private void WalkCode(uint codeOffset, int method, int classType)
    {
        var at = _dex.Offset(codeOffset, 16, "code item");
        var bytes = _dex.Bytes;
        var units = BitConverter.ToUInt32(bytes[(at + 12)..]);
        if (units > (uint)(bytes.Length - at - 16) / 2)
        {
            throw _dex.Bad($"the code of method {method} declares {units:N0} code units, past the end of the file");
        }
        var insns = MemoryMarshal.Cast<byte, ushort>(bytes.Slice(at + 16, (int)units * 2));
        ulong marks = 0;
        var reflection = false;
        _pending.Clear();
        var pc = 0;
        while (pc < insns.Length)
        {
            var unit = insns[pc];
            var op = unit & 0xFF;
            int width = Width[op];
            switch (op)
            {
                case 0x00 when unit != 0:
                    width = PayloadWidth(insns, pc, method);
                    break;
                case >= 0x6e and <= 0x72 or >= 0x74 and <= 0x78 or 0xfa or 0xfb:
                    if (pc + 1 < insns.Length)
                    {
                        var target = CheckedIndex(insns[pc + 1], _methodHit, "method", method);
                        if (target != 0)
                        {
                            var hit = _hits[target];
                            reflection |= hit.Reflection;
                            Pend(target, hit);
                        }
                    }
                    break;
                case >= 0x60 and <= 0x66:
                    if (pc + 1 < insns.Length && CheckedIndex(insns[pc + 1], _fieldHit, "field", method) is var field and not 0)
                    {
                        Pend(field, _hits[field]);
                    }
                    break;
                case 0x1a or 0x1b:
                    var index = op == 0x1a ? (pc + 1 < insns.Length ? insns[pc + 1] : 0)
                        : pc + 2 < insns.Length ? insns[pc + 1] | ((long)insns[pc + 2] << 16) : 0;
                    if (CheckedIndex(index, _stringHit, "string", method) is var s and not 0)
                    {
                        marks |= _hits[s].Marks;
                        Pend(s, _hits[s]);
                    }
                    break;
                default:
                    break;
            }
            pc += width;
        }
        if (_pending.Count > 0 || (reflection && marks != 0))
        {
            Emit(method, classType, marks, reflection);
        }
    }

    private void Pend(int target, Hit hit)
    {
        foreach (var m in hit.Matchers)
        {
            _pending.Add((target, m));
        }
    }

    private void Emit(int method, int classType, ulong marks, bool reflection)
    {
        var rules = _collector.Rules;
        string? className = null;
        string? methodName = null;
        void Add(int matcher)
        {
            className ??= Rules.DexNames.ClassName(_dex.Type(classType));
            methodName ??= MethodName(method);
            var (rule, m) = rules.Matchers[matcher];
            _collector.AddCallSite(rule, new CallSite(className, methodName, m.Describe(), _dex.Name));
        }
        foreach (var (_, matcher) in _pending)
        {
            var required = rules.RequiredMark[matcher];
            if (required == 0 || (marks & required) != 0)
            {
                Add(matcher);
            }
        }
        if (reflection)
        {
            foreach (var matcher in rules.ReflectedMatchers)
            {
                if ((marks & rules.RequiredMark[matcher]) != 0)
                {
                    Add(matcher);
                }
            }
        }
    }

    private string MethodName(int method)
    {
        var (_, name, proto) = _dex.Method(method);
        return _dex.StringAt(name) + _dex.Signature(proto);
    }

    private void MatchTrackers(ReadOnlySpan<byte> descriptor, int type)
    {
        foreach (var (prefix, tracker) in _trackerPrefixes)
        {
            if (descriptor.StartsWith(prefix))
            {
                _collector.AddTrackerClass(tracker, _dex.Type(type));
                return;
            }
        }
    }

    private int CheckedIndex(long index, int[] table, string what, int method) =>
        index < table.Length ? table[index] : throw _dex.Bad($"the code of method {method} refers to {what} {index}, out of range (the file has {table.Length})");

    private int PayloadWidth(ReadOnlySpan<ushort> insns, int pc, int method)
    {
        long width = 1;
        if (pc + 3 < insns.Length)
        {
            width = insns[pc] switch
            {
                0x0100 => 4 + (insns[pc + 1] * 2L),
                0x0200 => 2 + (insns[pc + 1] * 4L),
                0x0300 => 4 + (((insns[pc + 1] * (long)(insns[pc + 2] | ((uint)insns[pc + 3] << 16))) + 1) / 2),
                _ => 1,
            };
        }
        if (width > insns.Length - pc)
        {
            throw _dex.Bad($"a data payload in method {method} runs past the end of its code");
        }
        return (int)width;
    }

    private uint Uleb(ReadOnlySpan<byte> bytes, ref int p)
    {
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (p >= bytes.Length)
            {
                throw _dex.Bad("class data runs past the end of the file");
            }
            var b = bytes[p++];
            result |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }
        throw _dex.Bad("a malformed LEB128 number in class data");
    }

    private static byte[] BuildWidths()
    {
        var w = new byte[256];
        void Set(int from, int to, byte width)
        {
            for (var i = from; i <= to; i++)
            {
                w[i] = width;
            }
        }
        Set(0x00, 0xFF, 1);
        Set(0x02, 0x02, 2);
        Set(0x03, 0x03, 3);
        Set(0x05, 0x05, 2);
        Set(0x06, 0x06, 3);
        Set(0x08, 0x08, 2);
        Set(0x09, 0x09, 3);
        Set(0x13, 0x13, 2);
        Set(0x14, 0x14, 3);
        Set(0x15, 0x16, 2);
        Set(0x17, 0x17, 3);
        Set(0x18, 0x18, 5);
        Set(0x19, 0x1a, 2);
        Set(0x1b, 0x1b, 3);
        Set(0x1c, 0x1c, 2);
        Set(0x1f, 0x20, 2);
        Set(0x22, 0x23, 2);
        Set(0x24, 0x26, 3);
        Set(0x29, 0x29, 2);
        Set(0x2a, 0x2c, 3);
        Set(0x2d, 0x3d, 2);
        Set(0x44, 0x6d, 2);
        Set(0x6e, 0x72, 3);
        Set(0x74, 0x78, 3);
        Set(0x90, 0xaf, 2);
        Set(0xd0, 0xe2, 2);
        Set(0xfa, 0xfb, 4);
        Set(0xfc, 0xfd, 3);
        Set(0xfe, 0xff, 2);
        return w;
    }

    /// <summary>What one method, field or string reference means for the rules.</summary>
    private sealed record Hit(IReadOnlyList<int> Matchers, ulong Marks, bool Reflection);
}
