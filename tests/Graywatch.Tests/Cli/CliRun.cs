using Graywatch.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace Graywatch.Tests.Cli;

/// <summary>Runs the command line against a wide test console and returns the exit code and everything written.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var code = await GraywatchApp.RunAsync(args, console);
        return (code, console.Output);
    }
}
