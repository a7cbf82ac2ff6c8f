using Graywatch.Exposure;

namespace Graywatch.Tests.Exposure;

public sealed class TermMatcherTests
{
    [Fact]
    public void Every_term_is_found_in_one_pass_including_overlaps_and_chinese()
    {
        var matcher = new TermMatcher<int>([("青山", 1), ("山基地", 2), ("青山基地", 3), ("基地", 4), ("air base", 5)]);

        var matches = matcher.Matches("在青山基地 Air  Base air base");

        Assert.Equal([(1, 1), (3, 1), (2, 2), (4, 3), (5, 16)], matches.Select(m => (m.Value, m.Start)).OrderBy(m => m.Start).ThenBy(m => m.Value == 2));
    }

    [Fact]
    public void Latin_terms_match_only_at_word_boundaries_and_ignore_case()
    {
        var matcher = new TermMatcher<string>([("hvu", "site"), ("tank", "equipment")]);

        Assert.Single(matcher.Matches("Visit HVU today"));
        Assert.Empty(matcher.Matches("shvux"));
        Assert.Empty(matcher.Matches("tanks and tanker"));
        Assert.Single(matcher.Matches("a TANK."));
    }
}
