using Lingua;

namespace Graywatch.Text;

/// <summary>Lingua's letter n-gram models (SearchPioneer.Lingua) for the plain-Latin texts that function words leave open: English or not.</summary>
/// <remarks>
/// Only languages a short-video feed in Latin letters is likely to mix with English take part (<see cref="Languages"/>):
/// with seven, accuracy on the labelled sets of docs/evaluation.md is that of eleven (adding German, Portuguese,
/// Italian and Dutch) at two thirds of the memory and about twice the speed. Their models (about 6 MB) are copied
/// beside the binaries by the Core project and loaded on first use (a few seconds), so texts that scripts and
/// function words settle never pay for them. Thread-safe.
/// </remarks>
public static class LatinLanguageModel
{
    /// <summary>The languages the model chooses among.</summary>
    public static readonly IReadOnlyList<Language> Languages =
    [
        Language.English, Language.Vietnamese, Language.Indonesian, Language.Malay, Language.Tagalog, Language.Spanish,
        Language.French,
    ];

    private static readonly Lazy<LanguageDetector> Detector = new(Build);

    /// <summary>True when English is the most likely of <see cref="Languages"/>.</summary>
    public static bool IsEnglish(string text) => Detector.Value.DetectLanguageOf(text) == Language.English;

    private static LanguageDetector Build()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");
        if (!Directory.Exists(folder) || Directory.GetDirectories(folder).Length < Languages.Count)
        {
            // Lingua would fail later on its first file with a bare I/O error; say what is wrong with the installation.
            throw new InvalidOperationException($"the language models are missing from {folder} (they are copied there by the build of Graywatch.Core; rebuild or reinstall)");
        }
        return LanguageDetectorBuilder.FromLanguages([.. Languages]).Build();
    }
}
