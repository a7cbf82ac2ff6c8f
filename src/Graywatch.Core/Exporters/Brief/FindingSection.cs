using System.Globalization;
using System.Text;
using Graywatch.Findings;
using Graywatch.Localization;

namespace Graywatch.Exporters.Brief;

/// <summary>Renders one finding as an article from its fields alone, so findings of any module show up without changes here.</summary>
internal sealed class FindingSection(string language)
{
    private const int MaxMembers = 50;

    public void Render(StringBuilder html, Finding f, int index)
    {
        var sev = FindingJson.SeverityName(f.Severity);
        html.Append($"<article class=\"finding sev-{sev}\" id=\"finding-{index}\">\n<header>");
        html.Append($"<span class=\"badge sev-{sev}\">{Word(f.Severity.ToString())}</span>");
        html.Append($"<h3>{Html.Encode(f.Title)}</h3>");
        html.Append($"<span class=\"origin\">{Word("Module")}: {Html.Encode(f.Module)} · {Html.Encode(f.Detector)} · <code>{Html.Encode(f.Id)}</code></span>");
        html.Append("</header>\n");
        html.Append($"<p class=\"summary\">{Html.Encode(f.Summary)}</p>\n");

        html.Append("<dl class=\"facts\">");
        Fact(html, "Confidence", Html.Percent(f.Confidence));
        if (f.ObservedReach is { } observed)
        {
            Fact(html, "Observed reach", Words("{0} views", Html.Count(observed)));
        }
        if (f.PredictedReach is { } predicted)
        {
            Fact(html, "Predicted reach", Words("{0} views", Html.Count(predicted)));
        }
        if (f.Start is not null || f.End is not null)
        {
            Fact(html, "Time span", Html.Encode(Html.Span(f.Start, f.End)));
        }
        html.Append("</dl>\n");

        if (!string.IsNullOrWhiteSpace(f.SuggestedResponse))
        {
            html.Append($"<p class=\"response\"><strong>{Word("Suggested response")}:</strong> {Html.Encode(f.SuggestedResponse)}</p>\n");
        }
        if (f.Entities.Count > 0)
        {
            html.Append($"<div class=\"entities\"><span class=\"label\">{Word("Entities")}:</span> ");
            foreach (var e in f.Entities)
            {
                html.Append($"<span class=\"chip kind-{Html.Encode(e.Kind)}\">{Html.Encode(EntityText(e))}</span> ");
            }
            html.Append("</div>\n");
        }
        Evidence(html, f.Evidence, index);
        if (f.Caveats.Count > 0)
        {
            html.Append($"<h4>{Word("Caveats")}</h4>\n<ul class=\"caveats\">");
            foreach (var c in f.Caveats)
            {
                html.Append($"<li>{Html.Encode(c)}</li>");
            }
            html.Append("</ul>\n");
        }
        html.Append("</article>\n");
    }

    private void Evidence(StringBuilder html, Evidence evidence, int index)
    {
        var e = evidence;
        if (e.Series.Count == 0 && e.Rankings.Count == 0 && e.Metrics.Count == 0 && e.Members.Count == 0 && e.Tables.Count == 0 && e.Graph is null && e.Map.Count == 0)
        {
            return;
        }
        html.Append($"<h4>{Word("Evidence")}</h4>\n<div class=\"charts\">\n");
        var drawn = new HashSet<int>();
        for (var i = 0; i < e.Series.Count; i++)
        {
            var s = e.Series[i];
            if (drawn.Contains(i))
            {
                continue;
            }
            // Series that share a chart name are drawn together, in the order they come.
            var together = s.Chart is null
                ? [i]
                : Enumerable.Range(i, e.Series.Count - i).Where(j => e.Series[j].Chart == s.Chart).ToList();
            drawn.UnionWith(together);
            ChartBox(html, s.Chart ?? s.Name, s.Unit, "series", index, string.Join(',', together), wide: true);
            if (s.Points.Count > 0)
            {
                var peak = s.Points.MaxBy(p => p.Value)!;
                html.Append($"<p class=\"fallback\">{Html.Encode(Html.Span(s.Points[0].Time, s.Points[^1].Time))}: ");
                html.Append($"Σ {Html.Number(s.Points.Sum(p => p.Value))}, max {Html.Number(peak.Value)} ({Html.Encode(Html.Time(peak.Time))})</p>\n");
            }
            if (s.Intervals.Count > 0)
            {
                html.Append("<ul class=\"intervals\">");
                foreach (var interval in s.Intervals)
                {
                    html.Append($"<li class=\"level-{Math.Clamp(interval.Level, 1, 3)}\">{Html.Encode(interval.Label)}: {Html.Encode(Html.Span(interval.Start, interval.End))}</li>");
                }
                html.Append("</ul>\n");
            }
            html.Append("</figure>\n");
        }
        for (var i = 0; i < e.Rankings.Count; i++)
        {
            var r = e.Rankings[i];
            ChartBox(html, r.Name, r.Unit, "ranking", index, i.ToString(System.Globalization.CultureInfo.InvariantCulture), wide: false, r.Items.Count);
            html.Append("<ol class=\"fallback\">");
            foreach (var item in r.Items)
            {
                html.Append($"<li>{Html.Encode(item.Label)}: {Html.Number(item.Value)}</li>");
            }
            html.Append("</ol></figure>\n");
        }
        if (e.Graph is { } graph)
        {
            ChartBox(html, graph.Name, Words("{0} nodes", Html.Count(graph.Nodes.Count)), "graph", index, "0", wide: true);
            html.Append($"<p class=\"fallback\">{Html.Encode(Words("{0} nodes", Html.Count(graph.Nodes.Count)))}, ");
            html.Append($"{Html.Encode(Words("{0} links", Html.Count(graph.Edges.Count)))}</p>\n</figure>\n");
        }
        if (e.Map.Count > 0)
        {
            ChartBox(html, Strings.Get(language, "Map"), Words("{0} places", Html.Count(e.Map.Count)), "map", index, "0", wide: true);
            html.Append("<ul class=\"fallback\">");
            foreach (var m in e.Map.Take(MaxMembers))
            {
                html.Append($"<li>{Html.Encode(m.Kind)}: {Html.Encode(m.Label)} ({Html.Encode(m.Lat.ToString("0.####", CultureInfo.InvariantCulture))}, {Html.Encode(m.Lon.ToString("0.####", CultureInfo.InvariantCulture))})</li>");
            }
            html.Append("</ul></figure>\n");
        }
        html.Append("</div>\n");
        foreach (var t in e.Tables)
        {
            html.Append($"<table class=\"evidence-table\"><caption>{Html.Encode(t.Name)}</caption><thead><tr>");
            foreach (var c in t.Columns)
            {
                html.Append($"<th>{Html.Encode(c)}</th>");
            }
            html.Append("</tr></thead><tbody>");
            foreach (var row in t.Rows)
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append($"<td>{Html.Encode(cell)}</td>");
                }
                html.Append("</tr>");
            }
            html.Append("</tbody></table>\n");
        }
        if (e.Metrics.Count > 0)
        {
            html.Append($"<table class=\"metrics\"><caption>{Word("Metrics")}</caption><tbody>");
            foreach (var (k, v) in e.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                html.Append($"<tr><th>{Html.Encode(k)}</th><td>{Html.Number(v)}</td></tr>");
            }
            html.Append("</tbody></table>\n");
        }
        if (e.Members.Count > 0)
        {
            html.Append($"<p class=\"members\"><strong>{Word("Members")} ({Html.Count(e.Members.Count)}):</strong> ");
            html.Append(Html.Encode(string.Join(", ", e.Members.Take(MaxMembers))));
            if (e.Members.Count > MaxMembers)
            {
                html.Append(' ').Append(Words("and {0} more", Html.Count(e.Members.Count - MaxMembers)));
            }
            html.Append("</p>\n");
        }
    }

    /// <summary>Opens a figure with the chart's slot; the caller adds the figures as text (shown when no chart draws) and closes it.</summary>
    private static void ChartBox(StringBuilder html, string name, string unit, string kind, int finding, string index, bool wide, int rows = 0)
    {
        var height = kind switch
        {
            "ranking" => 48 + (24 * Math.Max(rows, 1)),
            "graph" or "map" => 420,
            _ => 280,
        };
        html.Append($"<figure class=\"chart-box{(wide ? " wide" : string.Empty)}\">");
        html.Append($"<figcaption>{Html.Encode(name)} <span class=\"unit\">({Html.Encode(unit)})</span></figcaption>");
        html.Append($"<div class=\"chart\" data-chart=\"{kind}\" data-finding=\"{finding}\" data-index=\"{index}\" style=\"height:{height}px\"></div>");
    }

    private static string EntityText(EntityRef e)
    {
        var label = string.IsNullOrEmpty(e.Label) ? e.Id : e.Label;
        return e.Kind switch
        {
            EntityKinds.Hashtag => "#" + e.Id.TrimStart('#'),
            EntityKinds.Account => "@" + label.TrimStart('@'),
            EntityKinds.Sound => "♪ " + label,
            EntityKinds.Post => "▶ " + label,
            EntityKinds.Site => "⌖ " + label,
            _ => $"{e.Kind}: {label}",
        };
    }

    private void Fact(StringBuilder html, string key, string encodedValue) =>
        html.Append($"<div><dt>{Word(key)}</dt><dd>{encodedValue}</dd></div>");

    private string Word(string key) => Html.Encode(Strings.Get(language, key));

    private string Words(string key, string arg) => Html.Encode(string.Format(CultureInfo.InvariantCulture, Strings.Get(language, key), arg));
}
