namespace Graywatch.Virality;

/// <summary>A count forecast at one age with its 90% interval, as <see cref="GrowthModel.Forecast"/> returns it.</summary>
/// <param name="Speed">The post's pace: the multiplier of the population's growth (see <see cref="GrowthModel.Speed"/>).</param>
/// <param name="LogGrowth">Forecast growth of <c>ln(1 + N)</c> from the last snapshot.</param>
public readonly record struct GrowthForecast(double Predicted, double Low, double High, double Speed, double LogGrowth);
