namespace Graywatch.Exposure;

/// <summary>How a post was placed at a site, from the surest to the weakest.</summary>
public static class PlacementMethod
{
    /// <summary>The post's own coordinates fall in or near the site.</summary>
    public const string Coordinates = "coordinates";
    /// <summary>The place tag names the site (or one of its aliases).</summary>
    public const string PlaceTag = "place-tag";
    /// <summary>The place tag names a gazetteer place whose position falls in or near the site.</summary>
    public const string Gazetteer = "gazetteer";
    /// <summary>The caption, stickers or transcript name the site.</summary>
    public const string Mention = "mention";
}
