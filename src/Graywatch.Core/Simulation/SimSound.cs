namespace Graywatch.Simulation;

/// <summary>One synthetic sound (music track or original sound).</summary>
internal sealed record SimSound(ulong Id, string Title, string AuthorName, bool Original);
