using System.Data.Common;
using DuckDB.NET.Data;
using Graywatch.Readers;

namespace Graywatch.Store;

/// <summary>The embedded DuckDB store: opens (and migrates) a store file and gives detectors SQL access.</summary>
/// <remarks>One instance owns one connection; use it from one thread at a time.</remarks>
public sealed class GraywatchStore : IDisposable
{
    private GraywatchStore(DuckDBConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    /// <summary>The store file, or <c>:memory:</c>.</summary>
    public string Path { get; }

    /// <summary>The open connection, for columnar scans by detectors and exporters.</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>Per-connection state of components that register functions on the connection once.</summary>
    internal Dictionary<string, object> Registrations { get; } = new(StringComparer.Ordinal);

    /// <summary>The schema version of the open store (after migration: <see cref="Schema.CurrentVersion"/>).</summary>
    public int Version { get; private set; }

    /// <summary>Opens a store file, creating it if needed, and migrates an older schema to the current one.</summary>
    /// <exception cref="InputException">The file is not a DuckDB database, or is newer than this build.</exception>
    public static GraywatchStore Open(string path)
    {
        var full = path == ":memory:" ? path : System.IO.Path.GetFullPath(path);
        if (full != ":memory:")
        {
            var dir = System.IO.Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }
        }
        DuckDBConnection connection;
        try
        {
            // A new store is written in the newest storage format this DuckDB knows (its string compression is
            // cheaper to write); an existing store keeps the format it was made in.
            var fresh = full != ":memory:" && !File.Exists(full);
            connection = new DuckDBConnection(fresh ? $"Data Source={full};storage_compatibility_version=latest" : $"Data Source={full}");
            connection.Open();
        }
        catch (DuckDBException ex)
        {
            throw new InputException(path, null, $"cannot open the store: {FirstLine(ex.Message)}");
        }
        var store = new GraywatchStore(connection, full);
        try
        {
            store.Configure();
            store.Migrate();
        }
        catch
        {
            store.Dispose();
            throw;
        }
        return store;
    }

    /// <summary>DuckDB's memory ceiling for this process; larger work spills to disk.</summary>
    public const string DefaultMemoryLimit = "600MB";

    /// <summary>
    /// DuckDB's memory ceiling while it parses and loads a whole JSON Lines file itself: its parsed rows and the load's
    /// buffers are freed and taken again many times, and process memory runs well above the ceiling, so a lower one
    /// keeps that road under 1 GB.
    /// </summary>
    public const string BulkLoadMemoryLimit = "520MB";

    private static readonly string? s_memoryFromEnvironment = Environment.GetEnvironmentVariable("GRAYWATCH_DUCKDB_MEMORY") is { Length: > 0 } v ? v : null;

    private void Configure()
    {
        SetMemoryLimit(s_memoryFromEnvironment ?? DefaultMemoryLimit);
        Execute("SET preserve_insertion_order = false");
        // Times are stored and appended as UTC.
        Execute("SET TimeZone = 'UTC'");
    }

    private void SetMemoryLimit(string limit) => Execute($"SET memory_limit = '{limit.Replace("'", "", StringComparison.Ordinal)}'");

    /// <summary>Holds DuckDB at <see cref="BulkLoadMemoryLimit"/> until disposed (a ceiling set by <c>GRAYWATCH_DUCKDB_MEMORY</c> is kept).</summary>
    public IDisposable BulkLoadMemory()
    {
        if (s_memoryFromEnvironment is not null)
        {
            return new Scope(null);
        }
        SetMemoryLimit(BulkLoadMemoryLimit);
        return new Scope(() =>
        {
            try
            {
                SetMemoryLimit(DefaultMemoryLimit);
            }
            catch (DuckDBException)
            {
                // Only after DuckDB itself failed (the database is then unusable): that failure is the one to report.
            }
        });
    }

    private sealed class Scope(Action? end) : IDisposable
    {
        private Action? _end = end;

        public void Dispose()
        {
            _end?.Invoke();
            _end = null;
        }
    }

    private void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL, migrated_at TIMESTAMPTZ NOT NULL)");
        var current = Convert.ToInt32(Scalar("SELECT coalesce(max(version), 0) FROM schema_info") ?? 0, System.Globalization.CultureInfo.InvariantCulture);
        if (current > Schema.CurrentVersion)
        {
            throw new InputException(Path, null,
                $"the store has schema version {current}, newer than this Graywatch ({Schema.CurrentVersion}); upgrade Graywatch");
        }
        for (var v = current; v < Schema.CurrentVersion; v++)
        {
            using var tx = Connection.BeginTransaction();
            Execute(Schema.Migrations[v]);
            Execute($"INSERT INTO schema_info VALUES ({v + 1}, now())");
            tx.Commit();
        }
        Version = Schema.CurrentVersion;
    }

    /// <summary>Runs a statement that returns nothing.</summary>
    public int Execute(string sql, params object?[] parameters)
    {
        using var cmd = Command(sql, parameters);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var n = cmd.ExecuteNonQuery();
        Trace(sql, started);
        return n;
    }

    /// <summary>Runs a query that returns one value.</summary>
    public object? Scalar(string sql, params object?[] parameters)
    {
        using var cmd = Command(sql, parameters);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var v = cmd.ExecuteScalar();
        Trace(sql, started);
        return v is DBNull ? null : v;
    }

    /// <summary>Runs a query and hands each row to <paramref name="read"/>.</summary>
    public List<T> Query<T>(string sql, Func<DbDataReader, T> read, params object?[] parameters)
    {
        using var cmd = Command(sql, parameters);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(read(reader));
        }
        Trace(sql, started);
        return list;
    }

    /// <summary>The store's totals.</summary>
    /// <remarks>Accounts are counted once however often they were observed.</remarks>
    public StoreStats Stats() => new(
        Count("posts"), Count("snapshots"), Count("(SELECT DISTINCT platform, id FROM accounts)"), Count("comments"), Count("quarantine"), Count("sources"));

    /// <summary>How many posts came from sources of each sampling kind (a post seen in sources of two kinds counts under each).</summary>
    public Ingest.SamplingProfile Sampling() => new(Query(
        """
        SELECT sampling, count(*) FROM (
            SELECT DISTINCT coalesce(s.sampling, 'unknown') AS sampling, x.platform, x.post_id AS id
            FROM snapshots x JOIN sources s USING (source_id)
            UNION
            SELECT coalesce(s.sampling, 'unknown'), p.platform, p.id FROM posts p JOIN sources s USING (source_id))
        GROUP BY sampling
        """,
        r => (Kind: r.GetString(0), Posts: r.GetInt64(1))).ToDictionary(x => x.Kind, x => x.Posts, StringComparer.Ordinal));

    private long Count(string table) => Convert.ToInt64(Scalar($"SELECT count(*) FROM {table}") ?? 0L, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>When set (<c>GRAYWATCH_TRACE_SQL=1</c>), statements slower than 100 ms are written to standard error.</summary>
    private static readonly string? s_traceSetting = Environment.GetEnvironmentVariable("GRAYWATCH_TRACE_SQL");

    private static readonly bool s_trace = s_traceSetting is { Length: > 0 };

    // GRAYWATCH_TRACE_SQL=all prints every statement, not only the slow ones.
    private static readonly bool s_traceAll = s_traceSetting == "all";

    private static void Trace(string sql, long started)
    {
        if (!s_trace)
        {
            return;
        }
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        if (elapsed.TotalMilliseconds > 100 || s_traceAll)
        {
            var since = (DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalSeconds;
            Console.Error.WriteLine($"[sql {elapsed.TotalSeconds:N2} s, ended at {since:N2} s] {TraceText(sql)}");
        }
    }

    /// <summary>A statement on one line, its lines trimmed, cut at 300 characters: how traces show it.</summary>
    internal static string TraceText(string sql)
    {
        var line = string.Join(' ', sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        return line.Length <= 300 ? line : line[..300];
    }

    private DuckDBCommand Command(string sql, object?[] parameters)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }
        return cmd;
    }

    private static string FirstLine(string s)
    {
        var i = s.IndexOf('\n');
        return i < 0 ? s : s[..i];
    }

    public void Dispose()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Connection.Dispose();
        Trace("(close the store)", started);
    }
}
