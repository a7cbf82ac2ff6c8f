using System.Text;
using Graywatch.Findings;
using Graywatch.Localization;
using Graywatch.Pipeline;

namespace Graywatch.Exporters.Brief;

/// <summary>Renders the brief's body: header with totals, findings, data-quality caveats and detector errors.</summary>
internal sealed class BriefPage(string language)
{
    public string Render(AnalysisResult result, IReadOnlyList<Finding> findings)
    {
        var html = new StringBuilder();
        Header(html, result, findings);

        html.Append($"<section id=\"findings\">\n<h2>{Word("What is happening")}</h2>\n");
        if (findings.Count == 0)
        {
            html.Append($"<p>{Word("No findings.")}</p>\n");
        }
        var section = new FindingSection(language);
        var position = findings.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var stories = result.Stories.Count > 0 ? result.Stories : [.. findings.Select(f => f with { Parts = [f] })];
        for (var s = 0; s < stories.Count; s++)
        {
            var story = stories[s];
            var parts = story.Parts.Where(p => position.ContainsKey(p.Id)).ToList();
            if (parts.Count == 1)
            {
                section.Render(html, parts[0], position[parts[0].Id]);
                continue;
            }
            Story(html, story, parts, s);
            foreach (var part in parts)
            {
                section.Render(html, part, position[part.Id]);
            }
            html.Append("</div>\n</article>\n");
        }
        html.Append("</section>\n");

        Exposure(html, findings);
        Caveats(html, findings);
        Detectors(html, result);
        if (result.DetectorErrors.Count > 0)
        {
            html.Append($"<section id=\"errors\">\n<h2>{Word("Detector errors")}</h2>\n");
            html.Append($"<p>{Word("These detectors failed; their findings are missing from this brief.")}</p>\n<ul>");
            foreach (var e in result.DetectorErrors)
            {
                html.Append($"<li><code>{Html.Encode(e)}</code></li>");
            }
            html.Append("</ul>\n</section>\n");
        }
        html.Append($"<footer>{Word("Made by Graywatch. This file is self-contained and loads nothing from the network.")}</footer>\n");
        return html.ToString();
    }

    /// <summary>Opens a story's card: its strongest severity, title, why, the detectors that agree, then a container for its parts.</summary>
    private void Story(StringBuilder html, Finding story, IReadOnlyList<Finding> parts, int index)
    {
        var sev = FindingJson.SeverityName(story.Severity);
        html.Append($"<article class=\"story sev-{sev}\" id=\"story-{index}\">\n<header>");
        html.Append($"<span class=\"badge sev-{sev}\">{Word(story.Severity.ToString())}</span>");
        html.Append($"<h3>{Html.Encode(story.Title)}</h3>");
        var detectors = string.Join(", ", parts.Select(p => p.Detector).Distinct(StringComparer.Ordinal));
        html.Append($"<span class=\"origin\">{Html.Encode(Format("One story: {0} findings from {1}", parts.Count, detectors))} · <code>{Html.Encode(story.Id)}</code></span>");
        html.Append("</header>\n");
        if (!string.IsNullOrWhiteSpace(story.Why))
        {
            html.Append($"<p class=\"why\"><strong>{Word("Why")}:</strong> {Html.Encode(story.Why)}</p>\n");
        }
        html.Append("<div class=\"parts\">\n");
    }

    /// <summary>What each detector did in this run: raised findings, found nothing, stood down (and why) or failed.</summary>
    private void Detectors(StringBuilder html, AnalysisResult result)
    {
        if (result.Detectors.Count == 0)
        {
            return;
        }
        html.Append($"<section id=\"detectors\">\n<h2>{Word("What ran")}</h2>\n<table class=\"evidence-table\"><thead><tr>");
        foreach (var c in new[] { "Detector", "Module", "Result", "Findings" })
        {
            html.Append($"<th>{Word(c)}</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var run in result.Detectors)
        {
            var status = run.Status switch
            {
                DetectorStatus.Ran => Word("ran"),
                DetectorStatus.FoundNothing => Word("found nothing"),
                DetectorStatus.Skipped => Word("skipped") + ": " + Html.Encode(run.Reason ?? ""),
                _ => Word("failed") + ": " + Html.Encode(run.Reason ?? ""),
            };
            html.Append($"<tr class=\"run-{Html.Encode(run.StatusName)}\"><td>{Html.Encode(run.Id)}</td><td>{Html.Encode(run.Module)}</td><td>{status}</td><td>{Html.Number(run.Findings)}</td></tr>");
        }
        html.Append("</tbody></table>\n</section>\n");
    }

    private void Header(StringBuilder html, AnalysisResult result, IReadOnlyList<Finding> findings)
    {
        var s = result.Stats;
        html.Append($"<header class=\"top\">\n<p class=\"kicker\">Graywatch</p>\n<h1>{Word("Situation brief")}</h1>\n");
        html.Append($"<p class=\"meta\">{Word("Generated at")}: {Html.Encode(Html.Time(result.GeneratedAt))} · {Word("Language")}: {Html.Encode(result.Language)} · Graywatch {Html.Encode(result.Version)}</p>\n");
        html.Append($"<p class=\"meta sampling\">{Word("How the data were collected")}: {Html.Encode(result.Sampling.Describe())}</p>\n");
        html.Append($"<h2 class=\"sr\">{Word("Store totals")}</h2>\n<dl class=\"totals\">");
        Total(html, "posts", s.Posts);
        Total(html, "snapshots", s.Snapshots);
        Total(html, "accounts", s.Accounts);
        Total(html, "comments", s.Comments);
        Total(html, "quarantined", s.Quarantined);
        Total(html, "source files", s.Sources);
        html.Append("</dl>\n");
        var counted = result.Stories.Count > 0 ? result.Stories : findings;
        if (counted.Count > 0)
        {
            html.Append($"<p class=\"severities\"><span class=\"label\">{Word(result.Stories.Count > 0 ? "Stories by severity" : "Findings by severity")}:</span> ");
            foreach (var group in counted.GroupBy(f => f.Severity).OrderByDescending(g => g.Key))
            {
                var sev = FindingJson.SeverityName(group.Key);
                html.Append($"<span class=\"badge sev-{sev}\">{Word(group.Key.ToString())} {Html.Count(group.Count())}</span> ");
            }
            html.Append("</p>\n");
        }
        html.Append("</header>\n");
    }

    /// <summary>The exposure section: one map of every site and exposing post, the stationed accounts, and what to tell your people.</summary>
    private void Exposure(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        var exposure = findings.Select((f, i) => (Finding: f, Index: i)).Where(x => x.Finding.Module == "exposure").ToList();
        if (exposure.Count == 0)
        {
            return;
        }
        html.Append($"<section id=\"exposure\">\n<h2>{Word("Exposure: sites and stationed personnel")}</h2>\n");
        if (exposure.Any(x => x.Finding.Evidence.Map.Count > 0))
        {
            html.Append($"<figure class=\"chart-box wide\"><figcaption>{Word("Sites and the posts that expose them")}</figcaption>");
            html.Append("<div class=\"chart\" data-chart=\"exposure-map\" data-finding=\"-1\" data-index=\"0\" style=\"height:460px\"></div></figure>\n");
        }
        var stationed = exposure.Where(x => x.Finding.Evidence.Metrics.ContainsKey("work_share")).ToList();
        if (stationed.Count > 0)
        {
            html.Append($"<table class=\"evidence-table\"><caption>{Word("Accounts likely stationed at a site")}</caption><thead><tr>");
            foreach (var c in new[] { "Account", "Site", "Confidence", "Work-place posts", "Period" })
            {
                html.Append($"<th>{Word(c)}</th>");
            }
            html.Append("</tr></thead><tbody>");
            foreach (var (f, i) in stationed)
            {
                var account = f.Entities.FirstOrDefault(e => e.Kind == EntityKinds.Account)?.Id ?? "";
                var site = f.Entities.FirstOrDefault(e => e.Kind == EntityKinds.Site)?.Id ?? "";
                var period = f.Start is { } a && f.End is { } b ? Html.Span(a, b) : "";
                html.Append($"<tr><td><a href=\"#finding-{i}\">@{Html.Encode(account)}</a></td><td>{Html.Encode(site)}</td><td>{Html.Encode(f.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))}</td>");
                html.Append($"<td>{Html.Number(f.Evidence.Metrics.GetValueOrDefault("work_posts"))}</td><td>{Html.Encode(period)}</td></tr>");
            }
            html.Append("</tbody></table>\n");
            html.Append($"<p class=\"caveat\">{Word("Privacy: this infers where a person works and lives. Use it only to protect the people concerned, keep it confidential, and do not publish it.")}</p>\n");
        }
        html.Append($"<h3>{Word("What to tell your people")}</h3>\n<ul class=\"advice\">");
        foreach (var advice in new[]
        {
            "Turn off location for the camera and the app; remove place tags before posting.",
            "Do not film inside a site, at its gates, or its equipment, aircraft, vehicles or drills.",
            "Check what the background, badges, unit patches and screens show before posting.",
            "Posting from the same places on a schedule shows where you work and live: vary or stop it.",
        })
        {
            html.Append($"<li>{Word(advice)}</li>");
        }
        html.Append("</ul>\n</section>\n");
    }

    private void Caveats(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        html.Append($"<section id=\"caveats\">\n<h2>{Word("Data quality and caveats")}</h2>\n");
        var caveats = findings
            .SelectMany((f, i) => f.Caveats.Select(c => (Caveat: c, Finding: f, Index: i)))
            .GroupBy(x => x.Caveat, StringComparer.Ordinal)
            .ToList();
        if (caveats.Count == 0)
        {
            html.Append($"<p>{Word("No caveats.")}</p>\n");
        }
        else
        {
            html.Append("<ul class=\"caveats\">");
            foreach (var group in caveats)
            {
                var sources = string.Join(", ", group.DistinctBy(x => x.Index)
                    .Select(x => $"<a href=\"#finding-{x.Index}\">{Html.Encode(x.Finding.Title)}</a>"));
                html.Append($"<li>{Html.Encode(group.Key)} <span class=\"from\">({sources})</span></li>");
            }
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");
    }

    private void Total(StringBuilder html, string key, long value) =>
        html.Append($"<div><dt>{Word(key)}</dt><dd>{Html.Count(value)}</dd></div>");

    private string Word(string key) => Html.Encode(Strings.Get(language, key));

    private string Format(string key, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Strings.Get(language, key), args);
}
