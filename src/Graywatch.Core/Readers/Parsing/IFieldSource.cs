namespace Graywatch.Readers.Parsing;

/// <summary>A flat record whose fields are read by name: a CSV row or a flat JSON object.</summary>
internal interface IFieldSource
{
    /// <summary>The field's value as text, or null when the field is absent or empty.</summary>
    string? Text(string name);

    /// <summary>The field's items when the source holds a real list (a JSON array); null otherwise.</summary>
    IReadOnlyList<string>? Items(string name);
}
