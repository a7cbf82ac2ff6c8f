namespace Graywatch.Simulation;

/// <summary>The fields of a post that a format carries back to Graywatch's reader; each planted threat needs some of them.</summary>
/// <param name="Time">Creation time and author.</param>
/// <param name="Shared">Something the posts can share besides hashtags: a sound, or a shared object.</param>
internal sealed record FormatCapabilities(bool Time, bool Text, bool Hashtags, bool Shared, bool Views, bool Followers, bool Coordinates)
{
    public static readonly FormatCapabilities None = new(false, false, false, false, false, false, false);

    /// <summary>Why posts of threat <paramref name="kind"/> cannot be carried, or null when they can.</summary>
    public string? Missing(string kind)
    {
        var missing = new List<string>();
        if (!Time)
        {
            missing.Add("creation times and authors");
        }
        switch (kind)
        {
            case "coordination-ring" when !Hashtags && !Shared:
                missing.Add("hashtags or a shared sound or object");
                break;
            case "harmful-challenge" or "anger-surge":
                if (!Text)
                {
                    missing.Add("captions");
                }
                if (!Hashtags)
                {
                    missing.Add("hashtags");
                }
                break;
            case "viral-outlier":
                if (!Views)
                {
                    missing.Add("view counts");
                }
                if (!Followers)
                {
                    missing.Add("follower counts");
                }
                break;
            case "site-exposure" when !Coordinates:
                missing.Add("coordinates");
                break;
        }
        return missing.Count == 0 ? null : string.Join(", ", missing);
    }
}
