using Graywatch.Exposure;
using Graywatch.Findings;
using Graywatch.Sites;

namespace Graywatch.Detectors.Exposure;

/// <summary>Exposure: posts that reveal sensitive sites and where personnel are stationed, against the site file named by <c>exposure.sites</c>.</summary>
/// <remarks>
/// Without <c>exposure.sites</c> it returns nothing. Settings are those of <see cref="SiteFileOptions"/>,
/// <see cref="ExposureOptions"/> and <see cref="ExposureWatchList"/>. Site-exposure findings carry a map of the site and
/// the posts placed by coordinates. Stateless.
/// </remarks>
public sealed class ExposureDetector : IDetector
{
    public const string DetectorId = "exposure";

    public string Id => DetectorId;

    public string Module => ExposureFindings.Module;

    public Task<IReadOnlyList<Finding>> DetectAsync(DetectorContext context, CancellationToken cancellationToken)
    {
        if (context.Settings.Get("exposure.sites") is not { Length: > 0 } path)
        {
            context.Notes.Skip(Localization.Strings.Get(context.Language, "no site file given (--sites or exposure.sites)"));
            return Task.FromResult<IReadOnlyList<Finding>>([]);
        }
        var report = Analyze(context.Store, context.Settings, path, cancellationToken);
        return Task.FromResult<IReadOnlyList<Finding>>([.. ExposureFindings.Build(report, context.Language).Select(f => f.Finding)]);
    }

    /// <summary>Loads the sites (and gazetteer) named by the settings and runs the analysis.</summary>
    /// <exception cref="Readers.InputException">A site or gazetteer file that cannot be read.</exception>
    /// <exception cref="FormatException">A setting that cannot be read.</exception>
    public static ExposureReport Analyze(Store.GraywatchStore store, DetectorSettings settings, string sitesPath, CancellationToken cancellationToken)
    {
        var fileOptions = SiteFileOptions.From(settings);
        var registry = SiteFileReader.Load(sitesPath, fileOptions);
        var options = ExposureOptions.From(settings);
        var gazetteer = options.Gazetteer is { Length: > 0 } g ? SiteFileReader.Load(g, SiteFileOptions.Default) : null;
        return new ExposureAnalyzer(registry, options, ExposureWatchList.From(settings), gazetteer).Run(store, cancellationToken);
    }
}
