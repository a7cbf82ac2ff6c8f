using System.Text;
using Graywatch.AppAudit.Dex;
using Graywatch.AppAudit.Rules;

namespace Graywatch.Tests.AppAudit;

public sealed class EndpointCollectorTests
{
    [Fact]
    public void Given_urls_hosts_and_look_alikes_then_real_endpoints_are_grouped_by_owner_and_the_rest_ignored()
    {
        var collector = new EndpointCollector(TrackerCatalog.Default);
        foreach (var s in new[]
        {
            "https://api16-normal-c-useast1a.tiktokv.com/aweme/v1/feed/?x=1", "log.byteoversea.com", "com.google.android.gms",
            "-dnsotls-ds.metric.gstatic.com", "http://schemas.android.com/apk/res/android", "config.json", "tracker.example-cdn.io",
        })
        {
            collector.Offer(Encoding.UTF8.GetBytes(s));
        }

        var groups = collector.Groups();

        var bytedance = Assert.Single(groups, g => g.Owner == "ByteDance");
        Assert.Equal(["api16-normal-c-useast1a.tiktokv.com", "log.byteoversea.com"], bytedance.Hosts);
        Assert.Equal(["https://api16-normal-c-useast1a.tiktokv.com/aweme/v1/feed/?x=1"], bytedance.Urls);
        Assert.Equal(["tracker.example-cdn.io"], Assert.Single(groups, g => g.Owner is null).Hosts);
        Assert.Equal(2, groups.Count);
    }
}
