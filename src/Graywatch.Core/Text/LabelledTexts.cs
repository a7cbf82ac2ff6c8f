using Graywatch.Readers;
using nietras.SeparatedValues;

namespace Graywatch.Text;

/// <summary>Reads labelled texts: a CSV with a header (a label column and a text column), or a text file with a parallel label file.</summary>
/// <remarks>
/// The text column defaults to the first of <c>text, tweet, content, review, comment</c> found. Class names may be
/// renamed (<c>0=anger</c>); rows with an empty text or label, or a label outside a given renaming, are skipped.
/// </remarks>
public static class LabelledTexts
{
    private static readonly string[] TextColumns = ["text", "tweet", "content", "review", "comment"];

    /// <exception cref="InputException">The file lacks the columns asked for.</exception>
    public static List<LabelledText> ReadCsv(string path, string labelColumn, string? textColumn, IReadOnlyDictionary<string, string>? rename)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        var names = reader.Header.ColNames.Select(n => n.Trim().Trim('\uFEFF').Trim()).ToList();
        var label = IndexOf(names, labelColumn) ?? throw new InputException(path, 1, $"no column '{labelColumn}' (columns: {string.Join(", ", names)})");
        var text = (textColumn is null ? TextColumns.Select(c => IndexOf(names, c)).FirstOrDefault(i => i is not null) : IndexOf(names, textColumn))
            ?? throw new InputException(path, 1, $"no text column{(textColumn is null ? "" : $" '{textColumn}'")} (columns: {string.Join(", ", names)}); name one with --text");
        var rows = new List<LabelledText>();
        foreach (var row in reader)
        {
            if (row.ColCount <= Math.Max(label, text))
            {
                continue;
            }
            Add(rows, row[text].ToString(), row[label].ToString(), rename);
        }
        return rows;
    }

    /// <summary>One text per line in one file, its label on the same line of another.</summary>
    /// <exception cref="InputException">The files have different line counts.</exception>
    public static List<LabelledText> ReadLines(string textPath, string labelPath, IReadOnlyDictionary<string, string>? rename)
    {
        var texts = File.ReadAllLines(textPath);
        var labels = File.ReadAllLines(labelPath);
        if (texts.Length != labels.Length)
        {
            throw new InputException(labelPath, Math.Min(texts.Length, labels.Length) + 1, $"{labels.Length} labels for {texts.Length} texts");
        }
        var rows = new List<LabelledText>(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            Add(rows, texts[i], labels[i], rename);
        }
        return rows;
    }

    /// <summary>Parses <c>0=anger,1=joy</c> into a renaming.</summary>
    public static Dictionary<string, string>? ParseRenaming(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return null;
        }
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0 || eq == pair.Length - 1)
            {
                throw new ArgumentException($"'{pair}' is not RAW=NAME");
            }
            map[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }
        return map;
    }

    private static void Add(List<LabelledText> rows, string text, string label, IReadOnlyDictionary<string, string>? rename)
    {
        label = label.Trim();
        if (string.IsNullOrWhiteSpace(text) || label.Length == 0)
        {
            return;
        }
        if (rename is not null)
        {
            if (!rename.TryGetValue(label, out var name))
            {
                return;
            }
            label = name;
        }
        rows.Add(new LabelledText(text, label));
    }

    private static int? IndexOf(List<string> names, string name)
    {
        var i = names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return i < 0 ? null : i;
    }
}
