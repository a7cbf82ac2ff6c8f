namespace Graywatch.Virality;

/// <summary>One event of a cascade (a reshare, or the original post at time 0) and the audience it reaches.</summary>
/// <param name="Seconds">Time since the original post.</param>
/// <param name="Magnitude">Followers of the account behind the event (its out-degree <c>n_i</c>).</param>
public readonly record struct CascadeEvent(double Seconds, double Magnitude);
