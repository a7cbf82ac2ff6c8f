namespace Graywatch.Text.Incitement;

/// <summary>The scores of one text: language, five emotions, hostility and incitement (each 0 to 1), with the reasons behind incitement.</summary>
public sealed record TextScore(
    string Language, double Anger, double Fear, double Disgust, double Sadness, double Joy, double Hostility, double Incitement, IReadOnlyList<TextReason> Reasons);
