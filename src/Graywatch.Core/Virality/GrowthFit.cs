namespace Graywatch.Virality;

/// <summary>Fits a <see cref="GrowthModel"/> on posts' snapshot series and calibrates its interval on other posts' series.</summary>
/// <remarks>
/// Elasticities: <see cref="IntervalLad"/> over consecutive snapshot pairs, the target being the interval of
/// <c>ln((1 + N₂)/(1 + N₁))</c> that the two written counts allow (never below 0: counts do not fall); a band crossed by fewer
/// than <see cref="MinBandPairs"/> pairs takes the value of the nearest band that has them (for a band older than every
/// fitted one, no more than the prior's: growth keeps slowing with age). α and γ: the same fit over
/// consecutive triples (forecast the third snapshot from the first two), when at least <see cref="MinHeld"/> exist, and again
/// per age band of the second snapshot where a band holds at least <see cref="MinBandHeld"/> of them.
/// Calibration: the 5th and 95th percentiles of the held-out errors (zero when the forecast lies inside the written count's
/// interval) per unit of forecast log growth, from posts seen once (pairs) and seen twice (triples: still growing, or stopped), per age band of the
/// forecast's start when the band holds at least <see cref="MinBandHeld"/> of them, and never less than <see cref="MinReach"/>. Stateless.
/// </remarks>
public static class GrowthFit
{
    /// <summary>Pairs that must cross a band for it to get its own elasticity.</summary>
    public const int MinBandPairs = 10;

    /// <summary>Held-out forecasts needed to calibrate an interval, and triples needed to fit α and γ.</summary>
    public const int MinHeld = 20;

    /// <summary>The least reach of the interval on either side, per unit of forecast log growth: history that fits perfectly still leaves some doubt.</summary>
    public const double MinReach = 0.1;

    /// <summary>Held-out forecasts from one age band needed to calibrate that band's interval on its own (fewer: the calibration over all bands).</summary>
    public const int MinBandHeld = 50;

    /// <summary>Fits on <paramref name="fit"/> (series sorted by age) and calibrates on <paramref name="held"/>.</summary>
    /// <param name="cap">The plausible top of an interval (see <see cref="GrowthModel.Cap"/>).</param>
    public static GrowthModel Fit(string label, IReadOnlyList<IReadOnlyList<CountObservation>> fit, IReadOnlyList<IReadOnlyList<CountObservation>> held, double cap)
    {
        var pairs = Steps(fit, 2).ToList();
        var x = pairs.Select(p => Overlaps(p[0].Age, p[1].Age)).ToList();
        var (lo, hi) = Targets(pairs.Select(p => (p[0], p[1])));
        var supported = Enumerable.Range(0, AgeBands.Count).Select(b => x.Count(r => r[b] > 1e-9) >= MinBandPairs).ToArray();
        var k = supported.Any(s => s)
            ? Fill(IntervalLad.Fit(x, lo, hi, [.. GrowthModel.Prior.Elasticity], supported), supported)
            : [.. GrowthModel.Prior.Elasticity];
        var model = GrowthModel.Prior with { Fit = label, Elasticity = k, Cap = cap, Pairs = pairs.Count };
        var triples = Steps(fit, 3).ToList();
        if (triples.Count >= MinHeld)
        {
            // α and γ over all triples, then per age band of the forecast's start where a band holds enough of them.
            (double Alpha, double Gamma) Blend(List<CountObservation[]> of, (double, double) start)
            {
                var features = of.Select(t => Features(model, t[0], t[1], t[2])).ToList();
                var (tlo, thi) = Targets(of.Select(t => (t[1], t[2])));
                var ag = IntervalLad.Fit(features, tlo, thi, [start.Item1, start.Item2], [true, true]);
                return (ag[0], ag[1]);
            }
            var overall = Blend(triples, (1, 0));
            var bands = Enumerable.Range(0, AgeBands.Count).Select(b => triples.Where(t => AgeBands.Of(t[1].Age) == b).ToList())
                .Select(own => own.Count >= MinBandHeld ? Blend(own, overall) : overall).ToList();
            model = model with { Alpha = [.. bands.Select(b => b.Alpha)], Gamma = [.. bands.Select(b => b.Gamma)], Triples = triples.Count };
        }
        var once = Calibrate(model, Steps(held, 2).Select(p => (p[0], (CountObservation?)null, p[1])));
        var twice = Steps(held, 3).ToList();
        var growing = Calibrate(model, twice.Where(t => t[1].Low > t[0].High).Select(t => (t[1], (CountObservation?)t[0], t[2])));
        var stopped = Calibrate(model, twice.Where(t => t[1].Low <= t[0].High).Select(t => (t[1], (CountObservation?)t[0], t[2])));
        return model with { SeenOnce = once, Growing = growing.All(c => c.Held == 0) ? once : growing, Stopped = stopped.All(c => c.Held == 0) ? once : stopped };
    }

    /// <summary>The signed distance from a forecast's log reach to the interval of the actual count: 0 inside it.</summary>
    public static double LogError(double predicted, CountObservation actual)
    {
        var p = Math.Log(1 + predicted);
        var lo = Math.Log(1 + actual.Low);
        var hi = Math.Log(1 + actual.High);
        return p < lo ? lo - p : p > hi ? hi - p : 0;
    }

    /// <summary>The <paramref name="q"/>-quantile (0 to 1) by linear interpolation; NaN for an empty list.</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToArray();
        var pos = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }

    private static IntervalCalibration[] Calibrate(GrowthModel model, IEnumerable<(CountObservation Last, CountObservation? Previous, CountObservation Actual)> held)
    {
        var z = new List<(int Band, double Z)>();
        foreach (var (last, previous, actual) in held)
        {
            var f = model.Forecast(last, previous, actual.Age);
            z.Add((AgeBands.Of(last.Age), LogError(f.Predicted, actual) / (f.LogGrowth + GrowthModel.ScaleFloor)));
        }
        IntervalCalibration Of(List<double> values) =>
            new(Math.Min(-MinReach, Quantile(values, 0.05)), Math.Max(MinReach, Quantile(values, 0.95)), values.Count);
        var overall = z.Count < MinHeld ? IntervalCalibration.Default : Of([.. z.Select(v => v.Z)]);
        return [.. Enumerable.Range(0, AgeBands.Count).Select(b =>
        {
            var own = z.Where(v => v.Band == b).Select(v => v.Z).ToList();
            return own.Count >= MinBandHeld ? Of(own) : overall;
        })];
    }

    private static double[] Features(GrowthModel model, CountObservation first, CountObservation second, CountObservation third)
    {
        var ahead = model.LogGrowth(second.Age, third.Age);
        var before = model.LogGrowth(first.Age, second.Age);
        var own = Math.Max(0, Math.Log((1 + second.Count) / (1 + first.Count)));
        return [ahead, before > 1e-9 ? own * ahead / before : 0];
    }

    private static (double[] Lo, double[] Hi) Targets(IEnumerable<(CountObservation From, CountObservation To)> steps)
    {
        var list = steps.ToList();
        var lo = list.Select(s => Math.Max(0, Math.Log((1 + s.To.Low) / (1 + s.From.High)))).ToArray();
        var hi = list.Select((s, i) => Math.Max(lo[i], Math.Log((1 + s.To.High) / (1 + s.From.Low)))).ToArray();
        return (lo, hi);
    }

    private static double[] Overlaps(double from, double to)
    {
        double lnFrom = Math.Log(Math.Max(from, GrowthModel.MinAge)), lnTo = Math.Log(Math.Max(to, GrowthModel.MinAge));
        return [.. Enumerable.Range(0, AgeBands.Count).Select(b => AgeBands.Overlap(b, lnFrom, lnTo))];
    }

    private static double[] Fill(double[] k, bool[] supported)
    {
        var filled = (double[])k.Clone();
        for (var b = 0; b < k.Length; b++)
        {
            if (!supported[b])
            {
                var nearest = Enumerable.Range(0, k.Length).Where(i => supported[i]).MinBy(i => (Math.Abs(i - b), -i));
                // Older than any history: growth keeps slowing, so no faster than the prior's either.
                filled[b] = nearest < b ? Math.Min(k[nearest], GrowthModel.Prior.Elasticity[b]) : k[nearest];
            }
        }
        return filled;
    }

    /// <summary>Every run of <paramref name="length"/> consecutive snapshots with rising ages.</summary>
    private static IEnumerable<CountObservation[]> Steps(IReadOnlyList<IReadOnlyList<CountObservation>> series, int length)
    {
        foreach (var s in series)
        {
            for (var i = 0; i + length <= s.Count; i++)
            {
                var run = new CountObservation[length];
                var rising = true;
                for (var j = 0; j < length; j++)
                {
                    run[j] = s[i + j];
                    rising &= j == 0 || run[j].Age > run[j - 1].Age;
                }
                if (rising && run[0].Age > 0)
                {
                    yield return run;
                }
            }
        }
    }
}
