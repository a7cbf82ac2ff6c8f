using DuckDB.NET.Data;
using Graywatch.Readers;
using Graywatch.Store;
using Graywatch.Testing;

namespace Graywatch.Tests.Store;

public sealed class GraywatchStoreTests
{
    [Fact]
    public void A_new_store_is_created_at_the_current_schema_version()
    {
        using var dir = new TempDir();

        using var store = GraywatchStore.Open(dir["new.duckdb"]);

        Assert.Equal(Schema.CurrentVersion, store.Version);
        Assert.Equal(new StoreStats(0, 0, 0, 0, 0, 0), store.Stats());
    }

    [Fact]
    public void An_older_store_is_migrated_and_keeps_its_data()
    {
        using var dir = new TempDir();
        var path = dir["old.duckdb"];
        // A store written by a build that knew only the first migration, with one post in it.
        using (var c = new DuckDBConnection($"Data Source={path}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE schema_info (version INTEGER NOT NULL, migrated_at TIMESTAMPTZ NOT NULL);" +
                Schema.Migrations[0] +
                "INSERT INTO schema_info VALUES (1, now());" +
                "INSERT INTO posts (platform, id, source_id, source_item) VALUES ('tiktok', '1', 1, 1);";
            cmd.ExecuteNonQuery();
        }

        using var store = GraywatchStore.Open(path);

        Assert.Equal(Schema.CurrentVersion, store.Version);
        Assert.Equal(1, store.Stats().Posts);
        Assert.Equal(Schema.CurrentVersion, Convert.ToInt32(store.Scalar("SELECT max(version) FROM schema_info"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_new_store_is_written_in_the_newest_storage_format_and_an_older_one_keeps_its_own()
    {
        using var dir = new TempDir();
        var older = dir["older.duckdb"];
        // A store file made in DuckDB's default (oldest readable) storage format, as earlier builds made them.
        using (var c = new DuckDBConnection($"Data Source={older}"))
        {
            c.Open();
        }

        using var fresh = GraywatchStore.Open(dir["fresh.duckdb"]);
        using var kept = GraywatchStore.Open(older);

        // Repetitive strings are stored with the combined dictionary and FSST compression only the newer format has.
        Assert.Contains("DICT_FSST", StringCompressions(fresh));
        Assert.DoesNotContain("DICT_FSST", StringCompressions(kept));
        Assert.Equal(3000, kept.Stats().Posts);
    }

    [Fact]
    public void The_bulk_load_ceiling_holds_until_its_scope_ends()
    {
        using var dir = new TempDir();
        using var store = GraywatchStore.Open(dir["ceiling.duckdb"]);
        var before = store.Scalar("SELECT current_setting('memory_limit')");

        string? during;
        using (store.BulkLoadMemory())
        {
            during = store.Scalar("SELECT current_setting('memory_limit')") as string;
        }

        Assert.Equal(before, store.Scalar("SELECT current_setting('memory_limit')"));
        if (Environment.GetEnvironmentVariable("GRAYWATCH_DUCKDB_MEMORY") is null)
        {
            Assert.NotEqual(before, during);
            Assert.StartsWith("495", during, StringComparison.Ordinal); // 520 MB, as DuckDB prints it in MiB
        }
    }

    private static List<string> StringCompressions(GraywatchStore store)
    {
        store.Execute("""
            INSERT INTO posts (platform, id, author_id, source_id, source_item)
            SELECT 'tiktok', CAST(i AS VARCHAR), 'account' || (i % 7), 1, i FROM range(3000) t(i)
            """);
        store.Execute("CHECKPOINT");
        return store.Query("SELECT DISTINCT compression FROM pragma_storage_info('posts') WHERE column_name = 'author_id' AND segment_type = 'VARCHAR'",
            r => r.GetString(0));
    }

    [Fact]
    public void A_store_from_a_newer_graywatch_is_refused_with_a_clear_message()
    {
        using var dir = new TempDir();
        var path = dir["newer.duckdb"];
        using (var store = GraywatchStore.Open(path))
        {
            store.Execute($"INSERT INTO schema_info VALUES ({Schema.CurrentVersion + 5}, now())");
        }

        var ex = Assert.Throws<InputException>(() => GraywatchStore.Open(path));

        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_with_a_clear_message()
    {
        using var dir = new TempDir();
        var path = dir.Write("not-a-store.duckdb", "hello, I am a text file and not a database at all\n");

        var ex = Assert.Throws<InputException>(() => GraywatchStore.Open(path));

        Assert.Contains("not-a-store.duckdb", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT 1", "SELECT 1")]
    [InlineData("SELECT a,\n       b\r\nFROM t", "SELECT a, b FROM t")]
    public void A_traced_statement_is_shown_on_one_line(string sql, string shown)
    {
        Assert.Equal(shown, GraywatchStore.TraceText(sql));
    }

    [Fact]
    public void A_long_indented_statement_is_cut_at_300_characters_of_its_one_line_form()
    {
        // Indentation makes the statement longer than its one-line form: the cut must follow the shorter text.
        var sql = string.Concat(Enumerable.Range(0, 40).Select(i => $"\n            , column_{i:D2}"));

        var shown = GraywatchStore.TraceText(sql);

        Assert.Equal(300, shown.Length);
        Assert.StartsWith(", column_00 , column_01", shown, StringComparison.Ordinal);
        Assert.Equal(", column_00", GraywatchStore.TraceText("\n      , column_00\n"));
    }
}
