namespace Graywatch.AppAudit;

/// <summary>One DEX file that was scanned and its size in classes, methods and strings.</summary>
public sealed record DexSummary(string Name, long Bytes, int Classes, int Methods, int Strings);
