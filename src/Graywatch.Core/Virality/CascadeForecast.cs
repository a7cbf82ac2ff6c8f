namespace Graywatch.Virality;

/// <summary>A cascade's predicted final size from the events seen up to an observation time.</summary>
/// <param name="Model"><c>seismic</c>, or <c>observed</c> when too few events were seen to estimate infectiousness.</param>
/// <param name="ObservedSize">Events seen up to the observation time, the original included.</param>
/// <param name="PredictedSize">Expected final size; infinite when the cascade is supercritical.</param>
/// <param name="Low">Lower end of the 95% interval of the infectiousness carried to the size.</param>
/// <param name="High">Upper end; infinite when the upper infectiousness is supercritical.</param>
/// <param name="Infectiousness">p̂: expected reshares per follower reached.</param>
public sealed record CascadeForecast(string Model, int ObservedSize, double PredictedSize, double Low, double High, double Infectiousness)
{
    /// <summary>True when p̂·n* ≥ 1: the branching number says the cascade never stops growing.</summary>
    public bool Supercritical => double.IsPositiveInfinity(PredictedSize);
}
