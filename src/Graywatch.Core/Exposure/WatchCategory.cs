namespace Graywatch.Exposure;

/// <summary>What a watch-list term names: a military unit, equipment, or an activity that shows a site at work.</summary>
public enum WatchCategory
{
    Unit,
    Equipment,
    Activity,
}
