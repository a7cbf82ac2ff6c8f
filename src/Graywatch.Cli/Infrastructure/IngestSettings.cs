using System.ComponentModel;
using System.Globalization;
using Graywatch.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Options of the verbs that read exports: <c>--format</c>, <c>--observed-at</c>, <c>--sampling</c>.</summary>
public class IngestSettings : StoreSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("Force a reader instead of detecting each file's format.")]
    public string? Format { get; init; }

    [CommandOption("--platform <NAME>")]
    [Description("Platform of the posts in exports that do not say (CooRTweet, QUT, scraper and generic files), such as tiktok.")]
    public string? Platform { get; init; }

    [CommandOption("--observed-at <TIME>")]
    [Description("Collection time (ISO 8601, UTC if no offset) for exports that do not carry one; default: each file's modification time.")]
    public string? ObservedAt { get; init; }

    [CommandOption("--sampling <KIND>")]
    [Description("How the files were collected: feed, search, account, census or simulated (default: what the records or the format say, else unknown).")]
    public string? Sampling { get; init; }

    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }
        if (ObservedAt is not null && ParseObservedAt() is null)
        {
            return ValidationResult.Error($"--observed-at: '{ObservedAt}' is not an ISO 8601 time such as 2026-05-29T15:00:00Z");
        }
        if (Sampling is not null && !SamplingKinds.Known.Contains(Sampling.Trim().ToLowerInvariant()))
        {
            return ValidationResult.Error($"--sampling: '{Sampling}' is not one of {string.Join(", ", SamplingKinds.Known)}");
        }
        return ValidationResult.Success();
    }

    private DateTimeOffset? ParseObservedAt() =>
        DateTimeOffset.TryParse(ObservedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : null;

    /// <summary>The ingest options these settings describe.</summary>
    public IngestOptions ToIngestOptions(IReadOnlyDictionary<string, string> readerOptions) => new()
    {
        Format = Format,
        ObservedAt = ParseObservedAt(),
        Sampling = Sampling is null ? null : SamplingKinds.Parse(Sampling),
        ReaderOptions = Platform is null
            ? readerOptions
            : new Dictionary<string, string>(readerOptions) { ["platform"] = Platform.Trim().ToLowerInvariant() },
    };
}
