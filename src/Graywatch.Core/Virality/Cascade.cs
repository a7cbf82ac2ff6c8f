namespace Graywatch.Virality;

/// <summary>A cascade with its id and its events (the original post first, at time 0).</summary>
public sealed record Cascade(string Id, IReadOnlyList<CascadeEvent> Events)
{
    /// <summary>Every event, the original included: the final size a forecast is measured against.</summary>
    public int Size => Events.Count;
}
