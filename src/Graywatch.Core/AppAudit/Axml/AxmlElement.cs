namespace Graywatch.AppAudit.Axml;

/// <summary>An element of a binary XML document with its attributes and children.</summary>
public sealed class AxmlElement(string name, IReadOnlyList<AxmlAttribute> attributes)
{
    public string Name { get; } = name;

    public IReadOnlyList<AxmlAttribute> Attributes { get; } = attributes;

    public List<AxmlElement> Children { get; } = [];

    /// <summary>The attribute with Android resource id <paramref name="resourceId"/>, else the one called <paramref name="name"/>.</summary>
    public AxmlAttribute? Attribute(uint resourceId, string name) =>
        Attributes.FirstOrDefault(a => resourceId != 0 && a.ResourceId == resourceId)
        ?? Attributes.FirstOrDefault(a => a.Name == name);

    /// <summary>Every descendant (and this element) in document order.</summary>
    public IEnumerable<AxmlElement> DescendantsAndSelf()
    {
        var stack = new Stack<AxmlElement>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            yield return e;
            for (var i = e.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(e.Children[i]);
            }
        }
    }
}
