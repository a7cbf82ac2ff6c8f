using System.Text.Json;

namespace Graywatch.Readers.Parsing;

/// <summary>A JSON object seen as a flat record; dotted names reach into nested objects.</summary>
internal sealed class JsonFields(JsonElement obj) : IFieldSource
{
    public string? Text(string name) => JsonValues.Scalar(JsonValues.Get(obj, name));

    public IReadOnlyList<string>? Items(string name) =>
        JsonValues.Get(obj, name) is { ValueKind: JsonValueKind.Array } ? JsonValues.Strings(obj, name, "name") : null;
}
