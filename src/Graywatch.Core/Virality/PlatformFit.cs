namespace Graywatch.Virality;

/// <summary>The growth models one platform's posts are forecast with, for views and for shares.</summary>
public sealed record PlatformFit(string Platform, GrowthModel Views, GrowthModel Shares);
