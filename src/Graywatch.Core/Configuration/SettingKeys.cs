namespace Graywatch.Configuration;

/// <summary>Every key a configuration file may set: the reader options and the detector settings that some code reads.</summary>
/// <remarks>
/// <see cref="GraywatchConfig.Load"/> refuses any other key, so a typo is an error instead of a setting silently ignored.
/// A test scans the sources for the keys read and fails when one is missing here. Keys compare case-insensitively.
/// </remarks>
public static class SettingKeys
{
    /// <summary>The keys of the <c>readers</c> section.</summary>
    public static IReadOnlySet<string> Readers { get; } = Set("platform");

    /// <summary>The keys of the <c>detectors</c> section, flattened to <c>section.key</c>.</summary>
    public static IReadOnlySet<string> Detectors { get; } = Set(
        "coord.by", "coord.edge_weight", "coord.min_accounts", "coord.min_participation", "coord.min_repeats", "coord.similarity",
        "coord.window",
        "emerging_trends.lines",
        "exposure.default_radius_m", "exposure.duplicate_m", "exposure.eps_m", "exposure.gazetteer", "exposure.max_points",
        "exposure.min_located_posts", "exposure.min_points", "exposure.min_site_posts", "exposure.min_watch_posts",
        "exposure.movement_min_accounts", "exposure.movement_window", "exposure.night_end", "exposure.night_start", "exposure.radius",
        "exposure.role_share", "exposure.site_columns", "exposure.sites", "exposure.utc_offset", "exposure.work_end", "exposure.work_start",
        "exposure.watch.units", "exposure.watch.equipment", "exposure.watch.activity",
        "exposure.watch.extra_units", "exposure.watch.extra_equipment", "exposure.watch.extra_activity",
        "harmful.extra_terms", "harmful.min_posts", "harmful.min_share", "harmful.terms", "harmful.victims",
        "hijack.baseline_share", "hijack.min_posts", "hijack.share",
        "incitement.accurate", "incitement.anger_threshold", "incitement.high_min_posts", "incitement.lexicon", "incitement.min_posts",
        "incitement.min_rise", "incitement.min_score", "incitement.min_statistic", "incitement.min_views", "incitement.models",
        "incitement.reason_threshold", "incitement.top", "incitement.topics", "incitement.weight_anger", "incitement.weight_anger_word",
        "incitement.weight_call", "incitement.weight_call_detail", "incitement.weight_dehumanizing", "incitement.weight_hostility",
        "incitement.weight_violence",
        "overview.hourly_max_hours", "overview.top",
        "trends.bin", "trends.burst_gamma", "trends.burst_s", "trends.carrier_min_authors", "trends.carrier_share", "trends.challenge_bin",
        "trends.challenge_min_authors", "trends.challenge_words", "trends.generic_hashtags", "trends.generic_max_cotag_share",
        "trends.generic_min_cotags", "trends.generic_min_posts", "trends.generic_min_share", "trends.graph_exclude", "trends.graph_min_posts",
        "trends.graph_nodes", "trends.min_posts", "trends.seed", "trends.top", "trends.window",
        "virality.fill_reach", "virality.final_age", "virality.fit_sample", "virality.horizon", "virality.ignore_hashtags",
        "virality.min_growth", "virality.min_pairs", "virality.new_account_days", "virality.overnight_max_age", "virality.overnight_ratio",
        "virality.overnight_z", "virality.reach", "virality.seismic_alpha", "virality.seismic_gamma", "virality.seismic_min_events",
        "virality.seismic_nstar", "virality.top");

    /// <summary>Why <paramref name="key"/> of <paramref name="section"/> is refused: the key and the known keys nearest to it.</summary>
    /// <returns>Null when the key is known.</returns>
    public static string? Unknown(string section, string key)
    {
        var known = section.Equals("readers", StringComparison.OrdinalIgnoreCase) ? Readers : Detectors;
        if (known.Contains(key))
        {
            return null;
        }
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        var group = dot > 0 ? key[..(dot + 1)] : null;
        var sameGroup = group is null ? [] : known.Where(k => k.StartsWith(group, StringComparison.OrdinalIgnoreCase)).ToList();
        return sameGroup.Count > 0
            ? $"unknown setting '{section}.{key}' (known {group![..^1]} settings: {string.Join(", ", sameGroup.Order(StringComparer.Ordinal))})"
            : $"unknown setting '{section}.{key}' (known {section} settings begin with {string.Join(", ", Groups(known))})";
    }

    private static IEnumerable<string> Groups(IReadOnlySet<string> known) =>
        known.Select(k => k.Contains('.', StringComparison.Ordinal) ? k[..(k.IndexOf('.', StringComparison.Ordinal) + 1)] : k)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);

    private static HashSet<string> Set(params string[] keys) => new(keys, StringComparer.OrdinalIgnoreCase);
}
