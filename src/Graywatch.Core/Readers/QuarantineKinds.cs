namespace Graywatch.Readers;

/// <summary>Stable keys for why a record was quarantined; the ingest summary counts by these.</summary>
public static class QuarantineKinds
{
    public const string InvalidJson = "invalid-json";
    public const string InvalidCsv = "invalid-csv";
    public const string InvalidEncoding = "invalid-encoding";
    public const string LineTooLong = "line-too-long";
    public const string MissingField = "missing-field";
    public const string InvalidValue = "invalid-value";
    public const string UnknownShape = "unknown-shape";
}
