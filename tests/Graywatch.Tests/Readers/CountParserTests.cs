using Graywatch.Readers.Parsing;

namespace Graywatch.Tests.Readers;

public sealed class CountParserTests
{
    [Theory]
    [InlineData("1.4M", 1_400_000)]
    [InlineData("304.9K", 304_900)]
    [InlineData("541.2K", 541_200)]
    [InlineData("1,234", 1234)]
    [InlineData("12,345,678", 12_345_678)]
    [InlineData("3 videos", 3)]
    [InlineData("32.5K videos", 32_500)]
    [InlineData("1.2B", 1_200_000_000)]
    [InlineData("2w", 20_000)]
    [InlineData("1.5萬", 15_000)]
    [InlineData("3万", 30_000)]
    [InlineData("2億", 200_000_000)]
    [InlineData("1亿", 100_000_000)]
    [InlineData(" 42 ", 42)]
    [InlineData("1098.0", 1098)]
    [InlineData("10k", 10_000)]
    public void Given_a_count_as_people_write_it_when_parsed_then_the_exact_number_comes_back(string text, long expected)
    {
        Assert.True(CountParser.TryParse(text, out var count));
        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("N/A")]
    [InlineData("  ")]
    [InlineData("Share")]
    public void Given_an_unknown_marker_when_parsed_then_it_succeeds_with_no_count(string text)
    {
        Assert.True(CountParser.TryParse(text, out var count));
        Assert.Null(count);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("12abc3")]
    [InlineData("-5")]
    [InlineData("1K!")]
    public void Given_text_that_is_not_a_count_when_parsed_then_it_fails(string text)
    {
        Assert.False(CountParser.TryParse(text, out _));
    }
}
