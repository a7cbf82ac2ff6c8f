namespace Graywatch.Text;

/// <summary>The four models a scorer uses: emotion and hostility, for English (and other languages) and for Chinese.</summary>
/// <remarks>
/// <see cref="Shipped"/> loads the models embedded in the tool (<c>Resources/text/models/*.gwm</c>, each with a model
/// card beside it); <see cref="FromFolder"/> loads the same file names from a folder, for models rebuilt on one's own
/// data with <c>graywatch train-text</c>. A missing model scores 0. Immutable and thread-safe.
/// </remarks>
public sealed record TextModels(LinearTextModel? EmotionEnglish, LinearTextModel? EmotionChinese, LinearTextModel? HostilityEnglish, LinearTextModel? HostilityChinese)
{
    public const string EmotionEnglishFile = "emotion-en.gwm";
    public const string EmotionChineseFile = "emotion-zh.gwm";
    public const string HostilityEnglishFile = "hostility-en.gwm";
    public const string HostilityChineseFile = "hostility-zh.gwm";

    private static readonly Lazy<TextModels> ShippedModels = new(() => new TextModels(
        Embedded(EmotionEnglishFile), Embedded(EmotionChineseFile), Embedded(HostilityEnglishFile), Embedded(HostilityChineseFile)));

    public static TextModels Shipped => ShippedModels.Value;

    public static TextModels None { get; } = new(null, null, null, null);

    /// <summary>Models from a folder; a file the folder lacks falls back to the shipped model.</summary>
    public static TextModels FromFolder(string folder)
    {
        LinearTextModel? Load(string file, LinearTextModel? fallback) =>
            File.Exists(Path.Combine(folder, file)) ? LinearTextModel.Load(Path.Combine(folder, file)) : fallback;
        var shipped = Shipped;
        return new TextModels(
            Load(EmotionEnglishFile, shipped.EmotionEnglish), Load(EmotionChineseFile, shipped.EmotionChinese),
            Load(HostilityEnglishFile, shipped.HostilityEnglish), Load(HostilityChineseFile, shipped.HostilityChinese));
    }

    private static LinearTextModel? Embedded(string file)
    {
        using var stream = TextResources.Open("models/" + file);
        return stream is null ? null : LinearTextModel.Load(stream);
    }
}
