namespace Graywatch.Text.Incitement;

/// <summary>The kinds of reason an incitement score gives: word-list signals and model signals.</summary>
public static class SignalKinds
{
    public const string CallToAction = "call_to_action";
    public const string Time = "time";
    public const string Place = "place";
    public const string Target = "target";
    public const string Dehumanizing = "dehumanizing";

    /// <summary>Words naming people (pronouns, "people", slurs for people): never a reason, only what a dehumanizing term needs beside it.</summary>
    public const string Person = "person";
    public const string Violence = "violence";
    public const string Hostility = "hostility";
    public const string Anger = "anger";

    /// <summary>The kinds that come from the word lists, in the order reasons are given (anger words also raise the anger score).</summary>
    public static IReadOnlyList<string> Lexical { get; } = [CallToAction, Time, Place, Target, Dehumanizing, Violence, Anger];

    /// <summary>Every kind the word lists hold: <see cref="Lexical"/> and <see cref="Person"/>.</summary>
    public static IReadOnlyList<string> Lists { get; } = [.. Lexical, Person];
}
