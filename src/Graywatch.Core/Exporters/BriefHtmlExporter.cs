using System.Text;
using System.Text.RegularExpressions;
using Graywatch.Assets;
using Graywatch.Exporters.Brief;
using Graywatch.Localization;
using Graywatch.Pipeline;

namespace Graywatch.Exporters;

/// <summary>Writes <c>brief.html</c>: the situation brief as one self-contained page that opens offline, charts included.</summary>
/// <remarks>
/// ECharts, styles, script and the findings (as JSON) are inlined; the page loads nothing from the network and its
/// Content-Security-Policy forbids it. All text is HTML-encoded; fixed words come from <see cref="Strings"/> in
/// <see cref="AnalysisResult.Language"/>. Renders any finding from its fields alone. Stateless.
/// </remarks>
public sealed partial class BriefHtmlExporter : IExporter
{
    public string FileName => "brief.html";

    public async Task ExportAsync(AnalysisResult result, Stream output, CancellationToken cancellationToken)
    {
        var language = result.Language == Strings.TraditionalChinese ? Strings.TraditionalChinese : Strings.English;
        var findings = FindingOrder.Sort(result.Findings);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lang"] = language,
            ["title"] = Html.Encode(Strings.Get(language, "Situation brief")),
            ["style"] = EmbeddedAssets.Resource("brief.css"),
            ["body"] = new BriefPage(language).Render(result, findings),
            ["data"] = BriefData.Json(result, findings),
            ["world"] = findings.Any(f => f.Evidence.Map.Count > 0)
                ? $"<script type=\"application/json\" id=\"gw-world\">{BriefData.ScriptSafe(WorldOutline.GeoJson)}</script>"
                : string.Empty,
            ["echarts"] = ScriptSafe(EmbeddedAssets.ECharts),
            ["script"] = EmbeddedAssets.Resource("brief.js"),
        };
        var page = BriefTemplate.Render(EmbeddedAssets.Resource("brief.html"), values);
        await output.WriteAsync(new UTF8Encoding(false).GetBytes(page), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>Keeps inlined code from ending its script element early; <c>&lt;\/script</c> means the same inside JavaScript strings.</summary>
    private static string ScriptSafe(string code) => ScriptEnd().Replace(code, @"<\/$1");

    [GeneratedRegex("</(script)", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptEnd();
}
