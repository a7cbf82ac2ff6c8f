namespace Graywatch.Exposure;

/// <summary>Aho–Corasick automaton over many terms: finds every term in a text in one pass, case-insensitively.</summary>
/// <remarks>
/// Terms and texts are lower-cased (invariant culture). A term that starts or ends with a Latin letter or digit must sit at
/// a word boundary on that side ("hvu" does not match inside "shvux"); terms in other scripts, such as Chinese, match anywhere.
/// Each match reports the value given with the term. Immutable after construction; thread-safe.
/// </remarks>
public sealed class TermMatcher<T>
{
    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>> _out = [[]];
    private readonly List<(string Term, T Value)> _terms = [];

    public TermMatcher(IEnumerable<(string Term, T Value)> terms)
    {
        foreach (var (term, value) in terms)
        {
            var t = term.Trim().ToLowerInvariant();
            if (t.Length == 0)
            {
                continue;
            }
            var state = 0;
            foreach (var ch in t)
            {
                if (!_next[state].TryGetValue(ch, out var to))
                {
                    to = _next.Count;
                    _next.Add([]);
                    _fail.Add(0);
                    _out.Add([]);
                    _next[state][ch] = to;
                }
                state = to;
            }
            _out[state].Add(_terms.Count);
            _terms.Add((t, value));
        }
        var queue = new Queue<int>();
        foreach (var child in _next[0].Values)
        {
            queue.Enqueue(child);
        }
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            foreach (var (ch, to) in _next[s])
            {
                queue.Enqueue(to);
                var f = _fail[s];
                while (f != 0 && !_next[f].ContainsKey(ch))
                {
                    f = _fail[f];
                }
                _fail[to] = _next[f].TryGetValue(ch, out var ft) && ft != to ? ft : 0;
                _out[to].AddRange(_out[_fail[to]]);
            }
        }
    }

    /// <summary>The number of terms.</summary>
    public int Count => _terms.Count;

    /// <summary>Every match in <paramref name="text"/>: the term as lower-cased, its value and where it starts.</summary>
    public List<(string Term, T Value, int Start)> Matches(string? text)
    {
        var result = new List<(string, T, int)>();
        if (string.IsNullOrEmpty(text) || _terms.Count == 0)
        {
            return result;
        }
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = char.ToLowerInvariant(text[i]);
            while (state != 0 && !_next[state].ContainsKey(ch))
            {
                state = _fail[state];
            }
            state = _next[state].TryGetValue(ch, out var to) ? to : 0;
            foreach (var k in _out[state])
            {
                var (term, value) = _terms[k];
                var start = i - term.Length + 1;
                if (Bounded(text, term, start, i))
                {
                    result.Add((term, value, start));
                }
            }
        }
        return result;
    }

    private static bool Bounded(string text, string term, int start, int end)
    {
        if (IsWord(term[0]) && start > 0 && IsWord(text[start - 1]))
        {
            return false;
        }
        return !(IsWord(term[^1]) && end + 1 < text.Length && IsWord(text[end + 1]));
    }

    private static bool IsWord(char c) => char.IsAsciiLetterOrDigit(c);
}
