using System.Diagnostics;
using Graywatch.Testing;

namespace Graywatch.Tests.Text.Encoder;

public sealed class TextTunerTests
{
    [SkippableFact]
    public async Task Given_a_built_tuner_when_checked_then_its_TorchSharp_network_matches_the_ONNX_graph()
    {
        var tuner = RepositoryFiles.Path("tools/Graywatch.TextTuner/bin/Release/net10.0/graywatch-text-tuner.dll");
        Skip.IfNot(File.Exists(tuner), "the tuner is built only by scripts/train-text-models.sh (libtorch is too large for every CI run)");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(tuner);
        start.ArgumentList.Add("check");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, output + error);
        Assert.Contains("largest difference", output, StringComparison.Ordinal);
    }
}
