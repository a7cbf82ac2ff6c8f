namespace Graywatch.Simulation;

/// <summary>The language an account writes its captions in.</summary>
internal enum CaptionLanguage
{
    English,
    TraditionalChinese,
    SimplifiedChinese,
}
