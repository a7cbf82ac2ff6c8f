using Graywatch.Detectors;
using Graywatch.Text.Encoder;

namespace Graywatch.Text.Incitement;

/// <summary>Scores texts for emotion, hostility and incitement: the models' outputs combined with the word-list signals, with reasons and spans.</summary>
/// <remarks>
/// Chinese text (either script) goes to the Chinese models, everything else to the English ones. Joy is joy plus
/// optimism (and gratitude); hostility is the probability mass of the hostile classes, weighed by the model's
/// <c>hostility.CLASS</c> metadata when present (Davidson's "offensive" counts 0.6), else 1 for <c>hate</c>,
/// <c>offensive</c> and <c>hostile</c>. An anger word or emoji from the lists lifts the model's anger (see
/// <see cref="IncitementWeights.AngerWord"/>). With an <see cref="AccurateEmotionModel"/> (opt-in, much slower),
/// non-Chinese texts take their emotions from it instead of the linear English model. A dehumanizing term counts only
/// when the text also names people (a target or a person word); mentions and links are never a reason. Thread-safe.
/// </remarks>
public sealed class TextScorer(TextModels models, IncitementLexicon lexicon, IncitementWeights weights, AccurateEmotionModel? accurateEmotion = null)
{
    private const int MaxSpansPerKind = 3;

    /// <summary>
    /// The shipped models and lists, adjusted by settings (<c>incitement.lexicon</c> a word-list file,
    /// <c>incitement.models</c> a model folder, <c>incitement.accurate</c> true for the encoder's English emotions).
    /// </summary>
    public static TextScorer Create(DetectorSettings settings)
    {
        var folder = settings.Get("incitement.models");
        var accurate = settings.Get("incitement.accurate") is { } a && (a.Equals("true", StringComparison.OrdinalIgnoreCase) || a == "1");
        return new(
            folder is null ? TextModels.Shipped : TextModels.FromFolder(folder),
            settings.Get("incitement.lexicon") is { } file ? IncitementLexicon.FromFile(file) : IncitementLexicon.Default,
            IncitementWeights.From(settings),
            !accurate ? null : folder is null ? AccurateEmotionModel.Shipped : AccurateEmotionModel.FromFolder(folder));
    }

    /// <summary>True when English emotions come from the encoder.</summary>
    public bool Accurate => accurateEmotion is not null;

    /// <summary>Names the models behind a score, so that stored scores are redone when they change.</summary>
    public string Version => accurateEmotion is null ? TextScoreUpdater.ScorerVersion : TextScoreUpdater.ScorerVersion + "+encoder-1";

    public TextScore Score(string? text) => Score(TextPreparer.Prepare(text));

    public TextScore Score(PreparedText text) =>
        accurateEmotion is not null && NeedsEncoder(text) ? Score(text, accurateEmotion.Predict([text])[0]) : Score(text, null);

    /// <summary>Scores many texts at once, in order: the encoder runs over them in batches, the rest in parallel.</summary>
    public TextScore[] ScoreAll(IReadOnlyList<string?> texts)
    {
        var prepared = texts.AsParallel().AsOrdered().Select(TextPreparer.Prepare).ToArray();
        var emotions = new double[]?[prepared.Length];
        if (accurateEmotion is not null)
        {
            var english = Enumerable.Range(0, prepared.Length).Where(i => NeedsEncoder(prepared[i])).ToArray();
            var predicted = accurateEmotion.Predict([.. english.Select(i => prepared[i])]);
            for (var k = 0; k < english.Length; k++)
            {
                emotions[english[k]] = predicted[k];
            }
        }
        return [.. Enumerable.Range(0, prepared.Length).AsParallel().AsOrdered().Select(i => Score(prepared[i], emotions[i]))];
    }

    private static bool NeedsEncoder(PreparedText text) => text.Tokens.Count > 0 && !TextLanguages.IsChinese(text.Language);

    private TextScore Score(PreparedText text, double[]? encoded)
    {
        if (text.Tokens.Count == 0)
        {
            return new TextScore(text.Language, 0, 0, 0, 0, 0, 0, 0, []);
        }
        var chinese = TextLanguages.IsChinese(text.Language);
        var emotionModel = chinese ? models.EmotionChinese : models.EmotionEnglish;
        var hostilityModel = chinese ? models.HostilityChinese : models.HostilityEnglish;
        var features = (emotionModel is null || encoded is not null) && hostilityModel is null ? null : TextFeatures.Extract(text);
        var emotionClasses = encoded is not null ? accurateEmotion!.Classes : emotionModel?.Classes;
        var emotion = encoded ?? (emotionModel is null ? null : emotionModel.Predict(LinearTextModel.Weigh(features!, emotionModel.Idf)));
        var hostileProbabilities = hostilityModel is null ? null : hostilityModel.Predict(LinearTextModel.Weigh(features!, hostilityModel.Idf));
        var anger = Mass(emotionClasses, emotion, "anger");
        var joy = Mass(emotionClasses, emotion, "joy", "optimism", "gratitude");
        var hostility = Hostility(hostilityModel, hostileProbabilities);

        var reasons = new List<TextReason>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        var covered = new List<LexiconMatch>();
        var hits = lexicon.Match(text);
        // "Animals" in a song title is no insult: a dehumanizing term needs people named in the same text.
        var namesPeople = hits.Any(h => h.Kind is SignalKinds.Target or SignalKinds.Person);
        foreach (var hit in hits)
        {
            if (hit.Kind == SignalKinds.Person || (hit.Kind == SignalKinds.Dehumanizing && !namesPeople))
            {
                continue;
            }
            if (covered.Any(c => c.Start <= hit.Start && hit.Start < c.Start + c.Length))
            {
                // A shorter hit inside a longer one ("政府" inside "市政府") is not a second signal.
                continue;
            }
            covered.Add(hit);
            found.Add(hit.Kind);
            var span = text.Span(hit.Start, hit.Length);
            if (reasons.Count(r => r.Kind == hit.Kind) < MaxSpansPerKind && !reasons.Any(r => r.Kind == hit.Kind && string.Equals(r.Span, span, StringComparison.OrdinalIgnoreCase)))
            {
                reasons.Add(new TextReason(hit.Kind, span, hit.Start));
            }
        }
        if (hostility >= weights.ReasonThreshold && hostilityModel is not null)
        {
            reasons.Add(ModelReason(SignalKinds.Hostility, text, hostilityModel, hostileProbabilities!));
        }
        if (found.Contains(SignalKinds.Anger))
        {
            anger = 1 - ((1 - anger) * (1 - weights.AngerWord));
        }
        else if (anger >= weights.ReasonThreshold && emotionClasses is not null)
        {
            reasons.Add(ModelReason(SignalKinds.Anger, text, emotionModel, emotionModel?.IndexOf("anger") ?? -1));
        }

        var call = 0.0;
        if (found.Contains(SignalKinds.CallToAction))
        {
            var details = (found.Contains(SignalKinds.Time) ? 1 : 0) + (found.Contains(SignalKinds.Place) ? 1 : 0) + (found.Contains(SignalKinds.Target) ? 1 : 0);
            call = Math.Min(1, weights.Call + (weights.CallDetail * details));
        }
        double[] signals =
        [
            call,
            found.Contains(SignalKinds.Dehumanizing) ? weights.Dehumanizing : 0,
            found.Contains(SignalKinds.Violence) ? weights.Violence : 0,
            Math.Min(1, hostility * weights.Hostility * (found.Contains(SignalKinds.Target) ? 1.5 : 1)),
            anger * weights.Anger,
        ];
        var calm = 1.0;
        foreach (var s in signals)
        {
            calm *= 1 - Math.Clamp(s, 0, 1);
        }
        return new TextScore(text.Language, Round(anger), Round(Mass(emotionClasses, emotion, "fear")), Round(Mass(emotionClasses, emotion, "disgust")),
            Round(Mass(emotionClasses, emotion, "sadness")), Round(joy), Round(hostility), Round(1 - calm), reasons);
    }

    private static TextReason ModelReason(string kind, PreparedText text, LinearTextModel model, double[] probabilities)
    {
        var top = 0;
        for (var k = 1; k < probabilities.Length; k++)
        {
            if (probabilities[k] * HostileWeight(model, k) > probabilities[top] * HostileWeight(model, top))
            {
                top = k;
            }
        }
        return ModelReason(kind, text, model, top);
    }

    private static TextReason ModelReason(string kind, PreparedText text, LinearTextModel? model, int classIndex)
    {
        var token = classIndex < 0 || model is null ? null : model.StrongestToken(text, classIndex);
        return token is { } t ? new TextReason(kind, text.Span(t.Start, t.Text.Length), t.Start) : new TextReason(kind, text.Original, 0);
    }

    private static double Mass(IReadOnlyList<string>? classes, double[]? p, params string[] names)
    {
        if (classes is null || p is null)
        {
            return 0;
        }
        var sum = 0.0;
        foreach (var name in names)
        {
            var i = LinearTextModel.IndexOf(classes, name);
            sum += i >= 0 ? p[i] : 0;
        }
        return sum;
    }

    private static double Hostility(LinearTextModel? model, double[]? p)
    {
        if (model is null || p is null)
        {
            return 0;
        }
        var sum = 0.0;
        for (var k = 0; k < p.Length; k++)
        {
            sum += p[k] * HostileWeight(model, k);
        }
        return Math.Min(1, sum);
    }

    private static double HostileWeight(LinearTextModel model, int k)
    {
        var name = model.Classes[k];
        if (model.Metadata.TryGetValue("hostility." + name, out var w) && double.TryParse(w, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight))
        {
            return weight;
        }
        return name is "hate" or "offensive" or "hostile" ? 1 : 0;
    }

    private static double Round(double v) => Math.Round(Math.Clamp(v, 0, 1), 4);
}
