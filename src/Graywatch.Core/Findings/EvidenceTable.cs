namespace Graywatch.Findings;

/// <summary>A small table in a finding's evidence (communities with their hashtags and accounts…), drawn as an HTML table.</summary>
/// <remarks>Every row has one cell per column; cells are plain text.</remarks>
public sealed record EvidenceTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
