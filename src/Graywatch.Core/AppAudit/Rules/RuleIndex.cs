using System.Text;
using System.Text.RegularExpressions;

namespace Graywatch.AppAudit.Rules;

/// <summary>A <see cref="RuleSet"/> compiled for lookups by member and string, shared by every DEX file of an audit.</summary>
/// <remarks>
/// Constants that a matcher needs alongside another (<c>with_string</c>, <c>reflected</c>) get one bit each of a 64-bit
/// mask, so a method's loaded constants are tracked without allocating. Immutable after construction; thread-safe.
/// </remarks>
internal sealed class RuleIndex
{
    private readonly Dictionary<string, Dictionary<string, List<int>>> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, List<int>>> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _reflectionApis = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _exactStrings = new(StringComparer.Ordinal);
    private readonly List<(byte[] Prefix, Regex Pattern, int Matcher)> _globs = [];
    private readonly Dictionary<string, int> _markBits = new(StringComparer.Ordinal);
    private readonly HashSet<int> _exactLengths = [];

    public RuleIndex(RuleSet set)
    {
        Rules = set.Rules;
        var matchers = new List<(int Rule, RuleMatcher Matcher)>();
        for (var r = 0; r < set.Rules.Count; r++)
        {
            foreach (var m in set.Rules[r].Match)
            {
                matchers.Add((r, m));
            }
        }
        Matchers = matchers;
        RequiredMark = new ulong[matchers.Count];
        for (var i = 0; i < matchers.Count; i++)
        {
            var m = matchers[i].Matcher;
            if (m.Call is { } call)
            {
                Add(_calls, call, i);
            }
            else if (m.Field is { } field)
            {
                Add(_fields, field, i);
            }
            else if (m.Constant is { } s && s.Contains('*', StringComparison.Ordinal))
            {
                var prefix = s[..s.IndexOf('*', StringComparison.Ordinal)];
                _globs.Add((Encoding.UTF8.GetBytes(prefix), new Regex("^" + string.Join(".*", s.Split('*').Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline), i));
            }
            else if (m.Constant is { } exact)
            {
                AddExact(exact, i);
            }
            else if (m.Reflected is { } name)
            {
                RequiredMark[i] = Mark(name);
                ReflectedMatchers.Add(i);
            }
            if (m.WithString is { } with)
            {
                RequiredMark[i] = Mark(with);
            }
        }
        foreach (var api in set.ReflectionApis)
        {
            var (type, name) = Split(api);
            if (!_reflectionApis.TryGetValue(type, out var names))
            {
                _reflectionApis[type] = names = new HashSet<string>(StringComparer.Ordinal);
            }
            names.Add(name);
        }
    }

    public IReadOnlyList<AuditRule> Rules { get; }

    /// <summary>Every matcher with the index of its rule.</summary>
    public IReadOnlyList<(int Rule, RuleMatcher Matcher)> Matchers { get; }

    /// <summary>Per matcher: the mark bit its method must also have loaded (0: none).</summary>
    public ulong[] RequiredMark { get; }

    /// <summary>Matchers of the <c>reflected</c> kind.</summary>
    public List<int> ReflectedMatchers { get; } = [];

    /// <summary>Whether any call matcher or reflection API names a member of <paramref name="typeDescriptor"/>.</summary>
    public bool HasCallsOn(string typeDescriptor) => _calls.ContainsKey(typeDescriptor) || _reflectionApis.ContainsKey(typeDescriptor);

    public bool HasFieldsOn(string typeDescriptor) => _fields.ContainsKey(typeDescriptor);

    public IReadOnlyList<int>? CallMatchers(string type, string name) => Lookup(_calls, type, name);

    public IReadOnlyList<int>? FieldMatchers(string type, string name) => Lookup(_fields, type, name);

    public bool IsReflectionApi(string type, string name) => _reflectionApis.TryGetValue(type, out var n) && n.Contains(name);

    /// <summary>Whether a string of <paramref name="bytes"/> could match any string matcher or mark; cheap, used before decoding.</summary>
    public bool MayMatchString(ReadOnlySpan<byte> bytes)
    {
        if (_exactLengths.Contains(bytes.Length))
        {
            return true;
        }
        foreach (var g in _globs)
        {
            if (bytes.StartsWith(g.Prefix))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The string matchers <paramref name="text"/> satisfies and the mark bits it sets.</summary>
    public (List<int>? Matchers, ulong Marks) MatchString(string text)
    {
        List<int>? hits = null;
        if (_exactStrings.TryGetValue(text, out var exact))
        {
            hits = [.. exact];
        }
        foreach (var g in _globs)
        {
            if (g.Pattern.IsMatch(text))
            {
                (hits ??= []).Add(g.Matcher);
            }
        }
        return (hits, _markBits.TryGetValue(text, out var bit) ? 1UL << bit : 0);
    }

    private ulong Mark(string text)
    {
        if (!_markBits.TryGetValue(text, out var bit))
        {
            if (_markBits.Count == 64)
            {
                throw new AppAuditException("rules: more than 64 distinct with_string/reflected constants");
            }
            bit = _markBits[text] = _markBits.Count;
            _exactLengths.Add(Encoding.UTF8.GetByteCount(text));
        }
        return 1UL << bit;
    }

    private void AddExact(string text, int matcher)
    {
        if (!_exactStrings.TryGetValue(text, out var list))
        {
            _exactStrings[text] = list = [];
        }
        list.Add(matcher);
        _exactLengths.Add(Encoding.UTF8.GetByteCount(text));
    }

    private static void Add(Dictionary<string, Dictionary<string, List<int>>> map, string member, int matcher)
    {
        var (type, name) = Split(member);
        if (!map.TryGetValue(type, out var names))
        {
            map[type] = names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        }
        if (!names.TryGetValue(name, out var list))
        {
            names[name] = list = [];
        }
        list.Add(matcher);
    }

    private static List<int>? Lookup(Dictionary<string, Dictionary<string, List<int>>> map, string type, string name) =>
        map.TryGetValue(type, out var names) && names.TryGetValue(name, out var list) ? list : null;

    private static (string Type, string Name) Split(string member)
    {
        var arrow = member.IndexOf("->", StringComparison.Ordinal);
        return (member[..arrow], member[(arrow + 2)..]);
    }
}
