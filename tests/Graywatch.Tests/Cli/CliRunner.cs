using Graywatch.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace Graywatch.Tests.Cli;

/// <summary>Runs the <c>graywatch</c> command line against a wide test console and returns the exit code and everything it printed.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Output)> Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var code = await GraywatchApp.RunAsync(args, console);
        return (code, console.Output);
    }
}
