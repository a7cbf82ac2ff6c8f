using Spectre.Console;

namespace Graywatch.Cli.Infrastructure;

/// <summary>Whether progress may be drawn: only on an interactive terminal, never when output is redirected.</summary>
internal static class Terminal
{
    public static bool IsInteractive(IAnsiConsole console) =>
        console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
}
