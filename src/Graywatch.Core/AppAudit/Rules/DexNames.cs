namespace Graywatch.AppAudit.Rules;

/// <summary>Converts DEX type descriptors to the Java names people read.</summary>
public static class DexNames
{
    /// <summary><c>Lcom/example/A$B;</c> → <c>com.example.A$B</c>; other descriptors come back unchanged.</summary>
    public static string ClassName(string descriptor) =>
        descriptor.Length > 2 && descriptor[0] == 'L' && descriptor[^1] == ';'
            ? descriptor[1..^1].Replace('/', '.')
            : descriptor;
}
