namespace Graywatch.Text;

/// <summary>Fits a <see cref="LinearTextModel"/>: multinomial logistic regression by stochastic gradient descent with L2 regularization.</summary>
/// <remarks>
/// Deterministic for a given seed and data order (texts are prepared in parallel, trained in one thread). The L2
/// strength is chosen on a hash-split slice of the training data, then the model is refitted on all of it.
/// </remarks>
public static class TextModelTrainer
{
    public static LinearTextModel Train(IReadOnlyList<LabelledText> data, TrainingOptions options, IReadOnlyDictionary<string, string> metadata, Action<string>? log = null)
    {
        if (data.Count == 0)
        {
            throw new ArgumentException("no training examples");
        }
        var classes = data.Select(d => d.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (classes.Length < 2)
        {
            throw new ArgumentException("training needs at least two classes");
        }
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var counts = new SparseVector[data.Count];
        Parallel.For(0, data.Count, i => counts[i] = TextFeatures.Extract(TextPreparer.Prepare(data[i].Text)));
        var labels = data.Select(d => classIndex[d.Label]).ToArray();
        var tuning = new HeldOutSplit(options.TuningShare, "tuning");
        var isTuning = data.Select(d => tuning.IsHeldOut(d.Text)).ToArray();

        var bestLambda = options.Lambdas[0];
        if (options.Lambdas.Count > 1)
        {
            var fitRows = Enumerable.Range(0, data.Count).Where(i => !isTuning[i]).ToArray();
            var checkRows = Enumerable.Range(0, data.Count).Where(i => isTuning[i]).ToArray();
            var idf = Idf(counts, fitRows);
            var x = counts.Select(c => LinearTextModel.Weigh(c, idf)).ToArray();
            var bestF1 = double.MinValue;
            foreach (var lambda in options.Lambdas)
            {
                var model = Fit(x, labels, fitRows, classes, idf, lambda, options, metadata);
                var predicted = checkRows.Select(i => classes[ArgMax(model.Predict(x[i]))]).ToArray();
                var f1 = ClassificationScores.From([.. checkRows.Select(i => classes[labels[i]])], predicted, classes).MacroF1;
                log?.Invoke($"lambda {lambda:g3}: tuning macro-F1 {f1:F4} on {checkRows.Length} texts");
                if (f1 > bestF1)
                {
                    bestF1 = f1;
                    bestLambda = lambda;
                }
            }
        }
        var all = Enumerable.Range(0, data.Count).ToArray();
        var finalIdf = Idf(counts, all);
        var weighted = counts.Select(c => LinearTextModel.Weigh(c, finalIdf)).ToArray();
        var meta = new Dictionary<string, string>(metadata, StringComparer.Ordinal) { ["lambda"] = bestLambda.ToString("g3", System.Globalization.CultureInfo.InvariantCulture) };
        log?.Invoke($"fitting on {data.Count} texts with lambda {bestLambda:g3}");
        return Fit(weighted, labels, all, classes, finalIdf, bestLambda, options, meta);
    }

    internal static int ArgMax(double[] p)
    {
        var best = 0;
        for (var k = 1; k < p.Length; k++)
        {
            if (p[k] > p[best])
            {
                best = k;
            }
        }
        return best;
    }

    private static float[] Idf(SparseVector[] counts, int[] rows)
    {
        var df = new int[TextFeatures.Dimensions];
        foreach (var i in rows)
        {
            foreach (var j in counts[i].Indices)
            {
                df[j]++;
            }
        }
        var idf = new float[TextFeatures.Dimensions];
        for (var j = 0; j < idf.Length; j++)
        {
            idf[j] = df[j] == 0 ? 0 : (float)(Math.Log((1.0 + rows.Length) / (1.0 + df[j])) + 1);
        }
        return idf;
    }

    private static LinearTextModel Fit(SparseVector[] x, int[] labels, int[] rows, string[] classes, float[] idf, double lambda, TrainingOptions options, IReadOnlyDictionary<string, string> metadata)
    {
        var c = classes.Length;
        var v = new float[TextFeatures.Dimensions * c];
        var bias = new double[c];
        var classWeight = new double[c];
        foreach (var i in rows)
        {
            classWeight[labels[i]]++;
        }
        for (var k = 0; k < c; k++)
        {
            classWeight[k] = options.Balanced && classWeight[k] > 0 ? rows.Length / (c * classWeight[k]) : 1;
        }
        var scale = 1.0;
        var random = new Random(options.Seed);
        var order = (int[])rows.Clone();
        var scores = new double[c];
        long t = 0;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var eta = options.LearningRate / (1 + ((double)t / rows.Length));
                t++;
                var xi = x[i];
                for (var k = 0; k < c; k++)
                {
                    scores[k] = 0;
                }
                for (var n = 0; n < xi.Count; n++)
                {
                    var row = xi.Indices[n] * c;
                    var xv = xi.Values[n];
                    for (var k = 0; k < c; k++)
                    {
                        scores[k] += v[row + k] * xv;
                    }
                }
                for (var k = 0; k < c; k++)
                {
                    scores[k] = (scores[k] * scale) + bias[k];
                }
                LinearTextModel.Softmax(scores);
                var cw = classWeight[labels[i]];
                scale *= 1 - (eta * lambda);
                if (scale < 1e-6)
                {
                    for (var j = 0; j < v.Length; j++)
                    {
                        v[j] = (float)(v[j] * scale);
                    }
                    scale = 1;
                }
                for (var k = 0; k < c; k++)
                {
                    var g = cw * (scores[k] - (k == labels[i] ? 1 : 0));
                    scores[k] = eta * g / scale;
                    bias[k] -= eta * g;
                }
                for (var n = 0; n < xi.Count; n++)
                {
                    var row = xi.Indices[n] * c;
                    var xv = xi.Values[n];
                    for (var k = 0; k < c; k++)
                    {
                        v[row + k] -= (float)(scores[k] * xv);
                    }
                }
            }
        }
        for (var j = 0; j < v.Length; j++)
        {
            v[j] = (float)(v[j] * scale);
        }
        return new LinearTextModel(classes, v, [.. bias.Select(b => (float)b)], idf, metadata);
    }
}
