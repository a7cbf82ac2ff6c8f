using Graywatch.Detectors;

namespace Graywatch.Text.Incitement;

/// <summary>How much each signal adds to the incitement score, which combines them as independent pieces of evidence (noisy-OR).</summary>
/// <remarks>
/// incitement = 1 − Π(1 − sᵢ) with: a call to action <see cref="Call"/> plus <see cref="CallDetail"/> for each of time,
/// place and target found with it (at most 1); a dehumanizing term <see cref="Dehumanizing"/>; a violent phrase
/// <see cref="Violence"/>; hostility × <see cref="Hostility"/> (× 1.5 when a target is named); anger × <see cref="Anger"/>.
/// Settings keys <c>incitement.weight_call</c>, <c>…_call_detail</c>, <c>…_dehumanizing</c>, <c>…_violence</c>,
/// <c>…_hostility</c>, <c>…_anger</c>, <c>…_anger_word</c>.
/// </remarks>
public sealed record IncitementWeights
{
    public double Call { get; init; } = 0.25;

    public double CallDetail { get; init; } = 0.15;

    public double Dehumanizing { get; init; } = 0.45;

    public double Violence { get; init; } = 0.5;

    public double Hostility { get; init; } = 0.35;

    public double Anger { get; init; } = 0.3;

    /// <summary>How far an anger word or emoji lifts the anger score: anger = 1 − (1 − model) × (1 − this).</summary>
    public double AngerWord { get; init; } = 0.5;

    /// <summary>A model score at or above this is given as a reason.</summary>
    public double ReasonThreshold { get; init; } = 0.5;

    public static IncitementWeights From(DetectorSettings settings)
    {
        var d = new IncitementWeights();
        return new IncitementWeights
        {
            Call = settings.Get("incitement.weight_call", d.Call),
            CallDetail = settings.Get("incitement.weight_call_detail", d.CallDetail),
            Dehumanizing = settings.Get("incitement.weight_dehumanizing", d.Dehumanizing),
            Violence = settings.Get("incitement.weight_violence", d.Violence),
            Hostility = settings.Get("incitement.weight_hostility", d.Hostility),
            Anger = settings.Get("incitement.weight_anger", d.Anger),
            AngerWord = settings.Get("incitement.weight_anger_word", d.AngerWord),
            ReasonThreshold = settings.Get("incitement.reason_threshold", d.ReasonThreshold),
        };
    }
}
