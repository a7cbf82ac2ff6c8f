using Graywatch.Detectors.Exposure;
using Graywatch.Findings;

namespace Graywatch.Tests.Detectors.Exposure;

public sealed class ExposureSeverityTests
{
    private static readonly ExposureWords English = new("en");

    [Fact]
    public void A_site_is_High_only_with_posts_inside_that_show_it_and_confidence_of_six_tenths()
    {
        var (high, why) = ExposureSeverity.Site(0.9, 3, 1, false, "Qingshan Air Base", English);

        Assert.Equal(Severity.High, high);
        Assert.Equal("3 posts placed inside the zone of Qingshan Air Base, 1 of them showing the site itself.", why);
        Assert.Equal(Severity.Medium, ExposureSeverity.Site(0.9, 3, 0, false, "A", English).Severity);
        Assert.Equal(Severity.Medium, ExposureSeverity.Site(0.55, 3, 3, false, "A", English).Severity);
        Assert.Equal(Severity.Low, ExposureSeverity.Site(0.9, 0, 0, true, "A", English).Severity);
    }

    [Fact]
    public void A_movement_under_six_tenths_is_not_Critical_and_a_Critical_one_says_why_in_Chinese_too()
    {
        Assert.Equal(Severity.Medium, ExposureSeverity.Movement(0.5, 3, "A", English).Severity);
        var (critical, why) = ExposureSeverity.Movement(0.7, 3, "A", new ExposureWords("zh-TW"));

        Assert.Equal(Severity.Critical, critical);
        Assert.Contains("部隊移動", why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stationed_account_is_High_from_confidence_eight_tenths()
    {
        Assert.Equal(Severity.Medium, ExposureSeverity.Stationed(0.79, 10, 5, 30, "A", English).Severity);
        Assert.NotNull(ExposureSeverity.Stationed(0.8, 10, 5, 30, "A", English).Why);
    }
}
