namespace Graywatch.Text;

/// <summary>Accuracy, macro-F1 and per-class F1 of predictions against labels.</summary>
public sealed record ClassificationScores(int Count, double Accuracy, double MacroF1, IReadOnlyDictionary<string, double> F1)
{
    public static ClassificationScores From(IReadOnlyList<string> actual, IReadOnlyList<string> predicted, IReadOnlyList<string> classes)
    {
        var correct = 0;
        var f1 = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < actual.Count; i++)
        {
            if (actual[i] == predicted[i])
            {
                correct++;
            }
        }
        foreach (var c in classes)
        {
            f1[c] = F1Of(actual, predicted, c);
        }
        var macro = classes.Count == 0 ? 0 : f1.Values.Average();
        return new ClassificationScores(actual.Count, actual.Count == 0 ? 0 : (double)correct / actual.Count, macro, f1);
    }

    /// <summary>F1 of one class against the rest.</summary>
    public static double F1Of(IReadOnlyList<string> actual, IReadOnlyList<string> predicted, string positive)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < actual.Count; i++)
        {
            var a = actual[i] == positive;
            var p = predicted[i] == positive;
            tp += a && p ? 1 : 0;
            fp += !a && p ? 1 : 0;
            fn += a && !p ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
    }
}
