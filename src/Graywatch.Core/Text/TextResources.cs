namespace Graywatch.Text;

/// <summary>Opens files embedded under <c>Resources/text/</c> (word tables, lexicon, shipped models).</summary>
internal static class TextResources
{
    private static readonly string[] Names = typeof(TextResources).Assembly.GetManifestResourceNames();

    /// <summary>The embedded file with this name (such as <c>models/emotion-en.gwm</c>), or null.</summary>
    public static Stream? Open(string relative)
    {
        var wanted = ("text/" + relative).Replace('\\', '/');
        foreach (var name in Names)
        {
            var normalized = name.Replace('\\', '/');
            if (normalized.EndsWith(wanted, StringComparison.Ordinal) || normalized.EndsWith(wanted.Replace('/', '.'), StringComparison.Ordinal))
            {
                return typeof(TextResources).Assembly.GetManifestResourceStream(name);
            }
        }
        return null;
    }
}
