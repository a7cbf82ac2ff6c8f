using BenchmarkDotNet.Running;
using Graywatch.Benchmarks;

if (args.Length > 0 && args[0] == "phases")
{
    return await PhaseRun.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "coord")
{
    return await CoordRun.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "kleinberg")
{
    return KleinbergRun.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "forecast")
{
    return ForecastRun.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "forecast-eval")
{
    return ForecastEvaluation.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "trust")
{
    return await TrustEvaluation.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "exposure")
{
    return ExposureRun.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "apk")
{
    return await ApkRun.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "ingest")
{
    return await IngestRun.RunAsync(args[1..]);
}
if (args.Length > 0 && args[0] == "text")
{
    return TextRun.Run(args[1..]);
}
if (args.Length > 0 && args[0] == "language-id")
{
    return LanguageIdRun.Run(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(IngestRun).Assembly).Run(args);
return 0;
