using Graywatch.IO;

namespace Graywatch.Tests.IO;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("-5", "'-5")]
    public void A_text_cell_that_a_spreadsheet_would_run_starts_with_a_quote(string value, string expected) =>
        Assert.Equal(expected, CsvCell.Text(value));

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData(" edge", "\" edge\"")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    public void Other_text_is_quoted_only_when_it_needs_it(string value, string expected) =>
        Assert.Equal(expected, CsvCell.Text(value));

    [Theory]
    [InlineData("-5", "-5")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+3", "+3")]
    [InlineData("1e3", "1e3")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("=1+1", "'=1+1")]
    public void A_number_stays_a_number_in_a_value_cell_and_anything_else_is_text(string value, string expected) =>
        Assert.Equal(expected, CsvCell.Value(value));
}
