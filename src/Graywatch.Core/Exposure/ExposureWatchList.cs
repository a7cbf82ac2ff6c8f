using Graywatch.Detectors;

namespace Graywatch.Exposure;

/// <summary>Sensitive unit names, equipment and activity terms in English and Chinese (Traditional and Simplified), matched in captions, stickers and transcripts.</summary>
/// <remarks>
/// Settings (comma-separated): <c>exposure.watch.units</c>, <c>exposure.watch.equipment</c>, <c>exposure.watch.activity</c>
/// replace a default list; <c>exposure.watch.extra_units</c>, <c>exposure.watch.extra_equipment</c>,
/// <c>exposure.watch.extra_activity</c> add to it. Matching follows <see cref="TermMatcher{T}"/>. The defaults are listed in
/// docs/exposure.md. Immutable.
/// </remarks>
public sealed class ExposureWatchList
{
    public static readonly IReadOnlyList<string> DefaultUnits =
    [
        "brigade", "battalion", "regiment", "squadron", "platoon", "garrison", "air wing", "fighter wing", "marine corps", "special forces",
        "旅部", "營部", "营部", "連隊", "连队", "團部", "团部", "師部", "师部", "聯隊", "联队", "大隊部", "大队部", "中隊部", "中队部",
        "艦隊", "舰队", "陸戰隊", "陆战队", "特戰", "特战", "指揮部", "指挥部", "砲兵", "炮兵", "裝甲旅", "装甲旅",
    ];

    public static readonly IReadOnlyList<string> DefaultEquipment =
    [
        "tank", "tanks", "howitzer", "missile", "missiles", "launcher", "radar", "fighter jet", "f-16", "f16", "mirage 2000", "apache",
        "black hawk", "blackhawk", "patriot battery", "himars", "armored vehicle", "armoured vehicle", "warship", "frigate", "destroyer",
        "submarine", "hangar", "runway", "ammunition", "ammo",
        "戰車", "战车", "坦克", "飛彈", "飞弹", "導彈", "导弹", "雷達", "雷达", "戰機", "战机", "戰鬥機", "战斗机", "直升機", "直升机",
        "無人機", "无人机", "軍艦", "军舰", "潛艦", "潜艇", "火砲", "火炮", "彈藥", "弹药", "跑道", "機庫", "机库", "裝甲車", "装甲车",
        "發射車", "发射车", "機堡", "机堡",
    ];

    public static readonly IReadOnlyList<string> DefaultActivity =
    [
        "drill", "live fire", "live-fire", "deployment", "deployed", "deploying", "mobilization", "mobilisation", "convoy",
        "on duty", "guard duty", "sentry", "night watch", "roll call", "barracks", "military base", "army base", "air base",
        "boot camp", "basic training", "field exercise",
        "站哨", "出操", "演習", "演习", "操演", "集合點名", "點名", "点名", "營區", "营区", "部署", "動員", "动员", "實彈", "实弹",
        "車隊", "车队", "夜哨", "戰備", "战备", "移防", "軍營", "军营", "基地", "營站", "站衛兵", "站卫兵",
    ];

    public ExposureWatchList(IEnumerable<string> units, IEnumerable<string> equipment, IEnumerable<string> activity)
    {
        Terms = [.. Tag(units, WatchCategory.Unit), .. Tag(equipment, WatchCategory.Equipment), .. Tag(activity, WatchCategory.Activity)];
    }

    public static ExposureWatchList Default { get; } = new(DefaultUnits, DefaultEquipment, DefaultActivity);

    /// <summary>Every term (lower-cased, distinct within its category) with its category.</summary>
    public IReadOnlyList<(string Term, WatchCategory Category)> Terms { get; }

    public static ExposureWatchList From(DetectorSettings settings)
    {
        IEnumerable<string> List(string key, IReadOnlyList<string> defaults) =>
            [.. Split(settings.Get($"exposure.watch.{key}")) ?? defaults, .. Split(settings.Get($"exposure.watch.extra_{key}")) ?? []];
        return new ExposureWatchList(List("units", DefaultUnits), List("equipment", DefaultEquipment), List("activity", DefaultActivity));
    }

    private static IEnumerable<(string, WatchCategory)> Tag(IEnumerable<string> terms, WatchCategory category) =>
        terms.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Select(t => (t, category));

    private static string[]? Split(string? value) =>
        value is null ? null : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
