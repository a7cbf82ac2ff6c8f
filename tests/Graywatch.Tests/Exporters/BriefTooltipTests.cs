using System.Diagnostics;
using System.Text.RegularExpressions;
using Graywatch.Exporters;
using Graywatch.Findings;
using Graywatch.Testing;

namespace Graywatch.Tests.Exporters;

/// <summary>Names from the data never run as HTML in the brief's chart tooltips.</summary>
public sealed partial class BriefTooltipTests
{
    private const string Attack = "<img src=x onerror=alert(1)>";
    private const string Chromium = "/usr/bin/chromium";

    private static string Script()
    {
        using var stream = typeof(BriefHtmlExporter).Assembly.GetManifestResourceStream(
            typeof(BriefHtmlExporter).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("brief.js", StringComparison.Ordinal)))!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Every_tooltip_formatter_encodes_the_names_it_shows()
    {
        var script = Script();

        // The axis tooltips use the script's own formatter, never ECharts' default.
        Assert.DoesNotContain("valueFormatter", script, StringComparison.Ordinal);
        Assert.True(DataName().Count(script) >= 6, "the tooltip formatters show no names");
        foreach (Match use in DataName().Matches(script))
        {
            var before = script[..use.Index];
            Assert.True(before.EndsWith("text(", StringComparison.Ordinal), $"'{use.Value}' reaches a tooltip unencoded: …{script.Substring(Math.Max(0, use.Index - 60), 60 + use.Length)}");
        }
        var tooltips = TooltipKey().Matches(script);
        Assert.Equal(5, tooltips.Count);
        Assert.All(tooltips, t => Assert.Contains("formatter:", script.Substring(t.Index, Math.Min(240, script.Length - t.Index)), StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Hostile_names_in_every_chart_tooltip_stay_text_in_a_browser()
    {
        Skip.IfNot(File.Exists(Chromium), "chromium is not installed");
        using var dir = new TempDir();
        var html = await ExportTo.TextAsync(new BriefHtmlExporter(), Some.Result("en", HostileFinding()));
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        // An alert dialog would hold the headless browser: count calls instead.
        var head = html.IndexOf("<head>", StringComparison.Ordinal) + "<head>".Length;
        var page = dir.Write("brief.html", html[..head] + "<script>window.alert = function () {};</script>" + html[head..end] + Probe + html[end..]);

        var dom = await DumpDomAsync(page);

        var probe = ProbeResult().Match(dom);
        Assert.True(probe.Success, "the probe did not run: " + dom[..Math.Min(dom.Length, 400)]);
        var (tips, injected) = (int.Parse(probe.Groups[1].Value), int.Parse(probe.Groups[2].Value));
        Assert.True(tips >= 6, $"only {tips} tooltips showed the hostile name as text");
        Assert.Equal(0, injected);
    }

    private static Finding HostileFinding() => Some.Finding() with
    {
        Evidence = new Evidence
        {
            Series = [new Series(Attack, "posts", [new SeriesPoint(Some.Time.AddHours(-1), 3), new SeriesPoint(Some.Time, 5)])],
            Rankings = [new Ranking(Attack, Attack, [new RankedItem(Attack, 3)])],
            Graph = new Graph(Attack, [new GraphNode("a", Attack), new GraphNode(Attack)], [new GraphEdge("a", Attack, 2)]),
            Map = [new MapPoint("site", Attack, 25.03, 121.56), new MapPoint(Attack, Attack, 25.04, 121.57)],
        },
    };

    // Shows the tooltip of every data item of every chart; counts the tooltips showing the name as text, and elements that came from the data.
    private const string Probe = """
        <script>
        (function () {
          var tips = 0, injected = 0;
          document.querySelectorAll('[data-chart]').forEach(function (el) {
            var chart = echarts.getInstanceByDom(el);
            if (!chart) { return; }
            chart.getOption().series.forEach(function (s, si) {
              var shows = [];
              (s.data || []).forEach(function (d, di) { shows.push({ seriesIndex: si, dataIndex: di }); });
              (s.links || []).forEach(function (d, di) { shows.push({ seriesIndex: si, dataIndex: di, dataType: 'edge' }); });
              shows.forEach(function (a) {
                a.type = 'showTip';
                chart.dispatchAction(a);
                var shown = Array.prototype.map.call(el.querySelectorAll('div'), function (d) { return d.textContent; }).join('|');
                if (shown.indexOf('<img src=x onerror=alert(1)>') >= 0) { tips++; }
                injected += el.querySelectorAll('img, [onerror]').length;
              });
            });
          });
          injected += document.querySelectorAll('img, [onerror]').length;
          var out = document.createElement('pre');
          out.id = 'probe';
          out.textContent = 'tips=' + tips + ' injected=' + injected;
          document.body.appendChild(out);
        }());
        </script>
        """;

    private static async Task<string> DumpDomAsync(string page)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,2400", "--virtual-time-budget=3000", "--dump-dom", new Uri(page).AbsoluteUri })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish rendering the brief");
        }
        return await stdout;
    }

    [GeneratedRegex(@"p\.(?:data\.(?:name|kind|sourceName|targetName|source|target)|seriesName|name|axisValueLabel)\b")]
    private static partial Regex DataName();

    [GeneratedRegex(@"tooltip: \{")]
    private static partial Regex TooltipKey();

    [GeneratedRegex(@"tips=(\d+) injected=(\d+)</pre>")]
    private static partial Regex ProbeResult();
}
