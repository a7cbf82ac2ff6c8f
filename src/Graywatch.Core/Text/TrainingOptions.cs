namespace Graywatch.Text;

/// <summary>How <see cref="TextModelTrainer"/> fits a model.</summary>
/// <remarks>
/// Defaults: 12 passes of SGD, the L2 strength chosen from <see cref="Lambdas"/> (1e-6 to 1e-3) by macro-F1 on a 15% slice of the
/// training data, classes weighed inversely to their frequency, seed 13.
/// </remarks>
public sealed record TrainingOptions
{
    public int Epochs { get; init; } = 12;

    public IReadOnlyList<double> Lambdas { get; init; } = [1e-6, 1e-5, 1e-4, 1e-3];

    /// <summary>Share of the training data set aside to choose the L2 strength.</summary>
    public double TuningShare { get; init; } = 0.15;

    public bool Balanced { get; init; } = true;

    /// <summary>Learning rate at the start.</summary>
    public double LearningRate { get; init; } = 0.5;

    public int Seed { get; init; } = 13;
}
