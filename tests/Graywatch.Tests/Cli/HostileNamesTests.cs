using Graywatch.Cli.Infrastructure;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed class HostileNamesTests
{
    // An escape that clears the screen, a colour change and a right-to-left override that reverses what follows.
    private const string Hostile = "evil\u001b[2J\u001b[31m\u202Etxt.exe";

    private static void AssertNothingRaw(string output)
    {
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.DoesNotContain('\u2066', output);
        Assert.DoesNotContain('\u200F', output);
    }

    [Fact]
    public async Task A_file_name_with_terminal_escapes_and_bidi_controls_is_printed_visibly_escaped_in_the_ingest_table()
    {
        using var dir = new TempDir();
        var f = dir.Write(Hostile + ".csv", "id,author,created_at,views\n1,alice,2026-05-01T10:00:00Z,5\n");

        var (code, output) = await CliRun.RunAsync("ingest", f, "--db", dir["s.duckdb"]);

        Assert.Equal(ExitCodes.Done, code);
        AssertNothingRaw(output);
        Assert.Contains("\\u202E", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_naming_a_hostile_path_is_printed_escaped()
    {
        using var dir = new TempDir();

        var (code, output) = await CliRun.RunAsync("ingest", dir["missing\u001b]0;pwned\u0007\u2066.csv"], "--db", dir["s.duckdb"]);

        Assert.Equal(ExitCodes.BadInput, code);
        AssertNothingRaw(output);
        Assert.DoesNotContain('\u0007', output);
    }

    [Fact]
    public async Task Raw_prints_a_hostile_path_and_record_escaped()
    {
        using var dir = new TempDir();
        var f = dir.Write(Hostile + ".csv", "id,author,created_at,views,text\n7300000000000000001,alice,2026-05-01T10:00:00Z,5,hi\u001b[2J\u200Fthere\n");
        await CliRun.RunAsync("ingest", f, "--db", dir["s.duckdb"]);

        var (code, output) = await CliRun.RunAsync("raw", "7300000000000000001", "--db", dir["s.duckdb"]);

        Assert.Equal(ExitCodes.Done, code);
        AssertNothingRaw(output);
        Assert.Contains("there", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain name", "plain name")]
    [InlineData("a\u001bb", "a\\u001Bb")]
    [InlineData("\u202Eabc\u2069", "\\u202Eabc\\u2069")]
    [InlineData("tab\there", "tab\\u0009here")]
    [InlineData("[red]x[/]", "[[red]]x[[/]]")]
    [InlineData("tiếng Việt 中文 العربية", "tiếng Việt 中文 العربية")]
    public void Display_escape_shows_control_and_bidi_characters_as_code_points_and_escapes_markup(string text, string expected) =>
        Assert.Equal(expected, Display.Escape(text));
}
