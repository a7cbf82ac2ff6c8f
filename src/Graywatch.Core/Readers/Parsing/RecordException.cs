namespace Graywatch.Readers.Parsing;

/// <summary>A record that cannot be mapped; readers turn it into a quarantined record, never let it escape.</summary>
internal sealed class RecordException(string kind, string reason) : Exception(reason)
{
    public string Kind { get; } = kind;

    public static RecordException Missing(string field) => new(QuarantineKinds.MissingField, $"missing field '{field}'");

    public static RecordException Invalid(string field, string? value, string what) =>
        new(QuarantineKinds.InvalidValue, $"invalid {what} in '{field}': '{Shorten(value)}'");

    private static string? Shorten(string? value) => value is { Length: > 80 } ? value[..80] + "…" : value;
}
