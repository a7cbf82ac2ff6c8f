using System.Globalization;
using Graywatch.Findings;

namespace Graywatch.Detectors.Virality;

/// <summary>The virality detector's one severity rule, from evidence strength (confidence), reach, urgency and harm.</summary>
/// <remarks>
/// The detector measures reach, never harm: what a post says is for the incitement, challenge and exposure detectors, and a
/// story that joins a virality finding with one of theirs takes its severity from there. So a virality finding is never
/// High: <b>Medium</b> when its confidence is at least <see cref="MinConfidence"/>, its (predicted) reach at least
/// <see cref="MinReach"/> views and, for a forecast, its response window still open at the run's clock; <b>Low</b>
/// otherwise. Stateless.
/// </remarks>
internal static class ViralitySeverity
{
    /// <summary>Confidence a finding needs to be more than Low.</summary>
    public const double MinConfidence = 0.6;

    /// <summary>Views a finding's (predicted) reach needs to be more than Low.</summary>
    public const double MinReach = 10_000;

    /// <param name="closedFor">How long ago the response window closed; null when it is open or does not apply.</param>
    public static Severity Of(double confidence, double reach, TimeSpan? closedFor) =>
        confidence >= MinConfidence && reach >= MinReach && closedFor is null ? Severity.Medium : Severity.Low;

    /// <summary>The one-line reason for <see cref="Of"/>'s answer, in the run's language.</summary>
    public static string Why(double confidence, double reach, TimeSpan? closedFor, ViralityWords words)
    {
        var c = confidence.ToString("0.00", CultureInfo.InvariantCulture);
        if (Of(confidence, reach, closedFor) == Severity.Medium)
        {
            return words.Format("Medium: reach only ({0} views, confidence {1}); no harm is judged from reach alone.", ViralityWords.N(reach), c);
        }
        var strong = confidence >= MinConfidence;
        var far = reach >= MinReach;
        if (strong && far && closedFor is { } closed)
        {
            return words.Format("Low: the response window closed {0} ago, so there is nothing left to pre-empt ({1} views, confidence {2}).", words.Span(closed), ViralityWords.N(reach), c);
        }
        var floor = ViralityWords.N(MinReach);
        var least = MinConfidence.ToString("0.0", CultureInfo.InvariantCulture);
        return (strong, far) switch
        {
            (true, _) => words.Format("Low: {0} views, under the {1} a Medium finding needs.", ViralityWords.N(reach), floor),
            (_, true) => words.Format("Low: confidence {0}, under the {1} a Medium finding needs.", c, least),
            _ => words.Format("Low: {0} views at confidence {1}, under the {2} views and {3} confidence a Medium finding needs.", ViralityWords.N(reach), c, floor, least),
        };
    }
}
