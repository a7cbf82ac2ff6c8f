namespace Graywatch.Cli.Infrastructure;

/// <summary>The process exit codes every verb uses.</summary>
public static class ExitCodes
{
    public const int Done = 0;
    public const int BadUsage = 2;
    public const int BadInput = 3;
}
