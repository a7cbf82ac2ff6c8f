using JiebaNet.Segmenter;

namespace Graywatch.Text;

/// <summary>Chinese word segmentation with jieba.NET (dictionary plus HMM for unknown words) on Simplified text.</summary>
/// <remarks>
/// The dictionary files are copied beside the binaries (<c>jieba/</c>); the first use loads them (about a second).
/// One segmenter per thread, so it is safe to call from many threads.
/// </remarks>
public static class ChineseSegmenter
{
    private static readonly Lazy<bool> Configured = new(Configure);
    private static readonly ThreadLocal<JiebaSegmenter> PerThread = new(() => new JiebaSegmenter());

    /// <summary>The words of a run of Chinese text.</summary>
    public static IEnumerable<string> Cut(string text)
    {
        _ = Configured.Value;
        return PerThread.Value!.Cut(text, cutAll: false, hmm: true);
    }

    private static bool Configure()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "jieba");
        if (!File.Exists(Path.Combine(folder, "dict.txt")))
        {
            throw new InvalidOperationException($"the Chinese segmentation dictionary is missing: {folder}/dict.txt");
        }
        ConfigManager.ConfigFileBaseDir = folder;
        return true;
    }
}
