namespace Graywatch.Coordination;

/// <summary>Interns strings as dense integer ids (0, 1, 2, … in order of first sight) so stages work on arrays of ints.</summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class StringPool
{
    private readonly Dictionary<string, int> _ids;
    private readonly List<string> _names;

    /// <summary>A pool sized for about <paramref name="capacity"/> distinct strings (it grows past that).</summary>
    public StringPool(int capacity = 0)
    {
        _ids = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _names = new List<string>(capacity);
    }

    public int Count => _names.Count;

    /// <summary>The id of <paramref name="value"/>, adding it when new.</summary>
    public int Intern(string value)
    {
        if (!_ids.TryGetValue(value, out var id))
        {
            id = _names.Count;
            _ids.Add(value, id);
            _names.Add(value);
        }
        return id;
    }

    /// <summary>The string of an id.</summary>
    public string this[int id] => _names[id];
}
