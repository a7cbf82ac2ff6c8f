namespace Graywatch.Simulation;

/// <summary>What <see cref="Simulator"/> generates: how many posts, over which window, observed how often, in which shape.</summary>
/// <remarks>
/// Posts are created in [<see cref="Start"/>, <see cref="Start"/> + <see cref="Days"/>). Collection starts at the end of
/// that window; round 1 is observed 6 h later, round 2 at 24 h, round 3 at 72 h, and every further round 48 h after the previous one.
/// </remarks>
public sealed record SimulationOptions
{
    /// <summary>The default start: Monday 2026-01-05 00:00 UTC.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The largest number of posts one run may generate.</summary>
    public const int MaxPosts = 50_000_000;

    /// <summary>Number of distinct posts (each appears once per round). Default 2,000.</summary>
    public int Posts { get; init; } = 2000;

    /// <summary>The seed recorded in the truth file; pass <c>new Random(Seed)</c> to the simulator for reproducible output. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Start of the posting window (UTC). Default <see cref="DefaultStart"/>.</summary>
    public DateTimeOffset Start { get; init; } = DefaultStart;

    /// <summary>Length of the posting window in days. Default 7.</summary>
    public int Days { get; init; } = 7;

    /// <summary>Number of collection rounds (engagement snapshots). Default 3.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>The output format. Default <see cref="OutputShape.Zeeschuimer"/>.</summary>
    public OutputShape Shape { get; init; } = OutputShape.Zeeschuimer;

    /// <summary>Whether to plant the five threats recorded in <c>truth.json</c>. Default true.</summary>
    public bool PlantThreats { get; init; } = true;

    /// <summary>The time collection starts: the end of the posting window.</summary>
    public DateTimeOffset CollectionStart => Start.ToUniversalTime().AddDays(Days);

    /// <summary>The time round <paramref name="round"/> (1-based) is observed.</summary>
    public DateTimeOffset ObservedAt(int round) => round switch
    {
        1 => CollectionStart.AddHours(6),
        2 => CollectionStart.AddHours(24),
        _ => CollectionStart.AddHours(72 + (48 * (round - 3))),
    };

    /// <summary>The smallest post count that leaves room for the planted threats next to ordinary posts.</summary>
    public int MinimumPosts => PlantThreats ? ThreatPlanter.EstimatePlantedPosts(Days) + 200 : 1;

    /// <summary>Returns why these options cannot be simulated, or null when they can.</summary>
    public string? Validate()
    {
        if (Days is < 1 or > 366)
        {
            return $"--days must be between 1 and 366, not {Days}";
        }
        if (PlantThreats && Days < 3)
        {
            return $"planted threats need at least 3 days, not {Days} (or turn threats off)";
        }
        if (Rounds is < 1 or > 20)
        {
            return $"--rounds must be between 1 and 20, not {Rounds}";
        }
        if (Posts < 1 || Posts > MaxPosts)
        {
            return $"--posts must be between 1 and {MaxPosts:N0}, not {Posts}";
        }
        if (Posts < MinimumPosts)
        {
            return $"--posts must be at least {MinimumPosts} to plant the threats over {Days} days (or turn threats off)";
        }
        var year = Start.ToUniversalTime().Year;
        if (year is < 2016 or > 2037)
        {
            return $"--start must fall between 2016 and 2037 (TikTok-like ids encode the time), not {Start:O}";
        }
        return null;
    }
}
