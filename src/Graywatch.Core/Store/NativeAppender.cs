using System.Runtime.InteropServices;
using System.Text;
using DuckDB.NET.Data;

namespace Graywatch.Store;

/// <summary>A row appender over DuckDB's C API that writes UTF-8 strings and lists without per-value marshalling.</summary>
/// <remarks>
/// DuckDB.NET's managed appender costs hundreds of nanoseconds per string; this calls
/// <c>duckdb_append_varchar_length</c> with bytes encoded into one reused buffer. Times are appended as
/// UTC microseconds (the store's sessions run with <c>TimeZone = 'UTC'</c>). Not thread-safe; one per table.
/// </remarks>
internal sealed unsafe partial class NativeAppender : IDisposable
{
    private const string Library = "duckdb";
    private const int DuckDbTypeVarchar = 17;
    private const long UnixEpochMicros = 62_135_596_800_000_000L;

    private readonly string _table;
    private nint _appender;
    private readonly nint _varcharType;
    private byte[] _buffer = new byte[4096];
    private nint[] _values = new nint[16];

    public NativeAppender(DuckDBConnection connection, string? catalog, string schema, string table)
    {
        _table = table;
        nint handle;
        var state = AppenderCreateExt(connection.NativeConnection.DangerousGetHandle(), catalog, schema, table, &handle);
        _appender = handle;
        if (state != 0)
        {
            var error = Error();
            Destroy();
            throw new InvalidOperationException($"cannot append to {table}: {error}");
        }
        _varcharType = CreateLogicalType(DuckDbTypeVarchar);
    }

    public NativeAppender Str(string? value)
    {
        if (value is null)
        {
            return Null();
        }
        var bytes = Encode(value);
        fixed (byte* p = _buffer)
        {
            Check(AppendVarcharLength(_appender, p, (ulong)bytes));
        }
        return this;
    }

    public NativeAppender Long(long? value) => value is { } v ? Check(AppendInt64(_appender, v)) : Null();

    public NativeAppender Int(int value) => Check(AppendInt32(_appender, value));

    public NativeAppender Double(double? value) => value is { } v ? Check(AppendDouble(_appender, v)) : Null();

    public NativeAppender Bool(bool? value) => value is { } v ? Check(AppendBool(_appender, v ? (byte)1 : (byte)0)) : Null();

    public NativeAppender Time(DateTimeOffset? value) =>
        value is { } v ? Check(AppendTimestamp(_appender, v.UtcTicks / 10 - UnixEpochMicros)) : Null();

    /// <summary>Appends a VARCHAR[] value (an empty list for no items, never NULL).</summary>
    public NativeAppender List(IReadOnlyList<string> items)
    {
        if (_values.Length < items.Count)
        {
            _values = new nint[items.Count * 2];
        }
        for (var i = 0; i < items.Count; i++)
        {
            var n = Encode(items[i]);
            fixed (byte* p = _buffer)
            {
                _values[i] = CreateVarcharLength(p, (ulong)n);
            }
        }
        nint list;
        fixed (nint* v = _values)
        {
            list = CreateListValue(_varcharType, v, (ulong)items.Count);
        }
        var state = AppendValue(_appender, list);
        DestroyValue(&list);
        for (var i = 0; i < items.Count; i++)
        {
            var v = _values[i];
            DestroyValue(&v);
        }
        return Check(state);
    }

    public NativeAppender Null() => Check(AppendNull(_appender));

    public void EndRow() => Check(AppenderEndRow(_appender));

    /// <summary>Flushes what is buffered into the table (within the connection's transaction).</summary>
    public void Flush() => Check(AppenderFlush(_appender));

    private int Encode(string value)
    {
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_buffer.Length < max)
        {
            _buffer = new byte[Math.Max(max, _buffer.Length * 2)];
        }
        return Encoding.UTF8.GetBytes(value, _buffer);
    }

    private NativeAppender Check(int state)
    {
        if (state != 0)
        {
            throw new InvalidOperationException($"cannot append to {_table}: {Error()}");
        }
        return this;
    }

    private string Error()
    {
        var p = AppenderError(_appender);
        return p == 0 ? "unknown error" : Marshal.PtrToStringUTF8(p) ?? "unknown error";
    }

    private void Destroy()
    {
        if (_appender != 0)
        {
            var a = _appender;
            _ = AppenderDestroy(&a);
            _appender = 0;
        }
    }

    public void Dispose()
    {
        Destroy();
        if (_varcharType != 0)
        {
            var t = _varcharType;
            DestroyLogicalType(&t);
        }
    }

    [LibraryImport(Library, EntryPoint = "duckdb_appender_create_ext", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int AppenderCreateExt(nint connection, string? catalog, string schema, string table, nint* appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_error")]
    private static partial nint AppenderError(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_destroy")]
    private static partial int AppenderDestroy(nint* appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_flush")]
    private static partial int AppenderFlush(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_end_row")]
    private static partial int AppenderEndRow(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_varchar_length")]
    private static partial int AppendVarcharLength(nint appender, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int64")]
    private static partial int AppendInt64(nint appender, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int32")]
    private static partial int AppendInt32(nint appender, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_double")]
    private static partial int AppendDouble(nint appender, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_bool")]
    private static partial int AppendBool(nint appender, byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_timestamp")]
    private static partial int AppendTimestamp(nint appender, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_append_null")]
    private static partial int AppendNull(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_value")]
    private static partial int AppendValue(nint appender, nint value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_varchar_length")]
    private static partial nint CreateVarcharLength(byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_create_list_value")]
    private static partial nint CreateListValue(nint type, nint* values, ulong count);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_value")]
    private static partial void DestroyValue(nint* value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_logical_type")]
    private static partial nint CreateLogicalType(int type);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    private static partial void DestroyLogicalType(nint* type);
}
