namespace Graywatch.Exposure;

/// <summary>What an account's place is used for, judged by when it posts there.</summary>
public enum PlaceRole
{
    /// <summary>Neither mostly working hours nor mostly nights and weekends.</summary>
    Other,
    /// <summary>Mostly weekday working hours.</summary>
    Work,
    /// <summary>Mostly nights and weekends.</summary>
    Home,
}
