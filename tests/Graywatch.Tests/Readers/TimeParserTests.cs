using System.Text.Json;
using Graywatch.Readers.Parsing;

namespace Graywatch.Tests.Readers;

public sealed class TimeParserTests
{
    private static readonly DateTimeOffset s_expected = new(2024, 5, 21, 9, 44, 45, TimeSpan.Zero);

    [Theory]
    [InlineData("2024-05-21T09:44:45Z")]
    [InlineData("2024-05-21T17:44:45+08:00")]
    [InlineData("2024-05-21T09:44:45")]
    [InlineData("2024-05-21 09:44:45")]
    [InlineData("1716284685")]
    [InlineData("1716284685000")]
    public void Given_a_timestamp_in_any_supported_form_when_parsed_then_the_same_utc_instant_comes_back(string text)
    {
        Assert.True(TimeParser.TryParse(text, out var time));
        Assert.Equal(s_expected, time);
        Assert.Equal(TimeSpan.Zero, time.Offset);
    }

    [Theory]
    [InlineData("1716284685")]
    [InlineData("1716284685000")]
    [InlineData("\"2024-05-21T09:44:45Z\"")]
    public void Given_a_json_number_or_string_when_parsed_then_the_same_utc_instant_comes_back(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.True(TimeParser.TryParse(document.RootElement, out var time));
        Assert.Equal(s_expected, time);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("12")]
    public void Given_text_that_is_not_a_time_when_parsed_then_it_fails(string text)
    {
        Assert.False(TimeParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("00:31", 31)]
    [InlineData("01:05", 65)]
    [InlineData("1:02:03", 3723)]
    [InlineData("15", 15)]
    public void Given_a_duration_when_parsed_then_seconds_come_back(string text, double expected)
    {
        Assert.True(TimeParser.TryParseDuration(text, out var seconds));
        Assert.Equal(expected, seconds);
    }

    [Theory]
    [InlineData("ab:cd")]
    [InlineData("1:2:3:4")]
    [InlineData("")]
    public void Given_a_bad_duration_when_parsed_then_it_fails(string text)
    {
        Assert.False(TimeParser.TryParseDuration(text, out _));
    }
}
