using System.Diagnostics;
using System.Globalization;
using Graywatch.Detectors;
using Graywatch.Text.Incitement;

namespace Graywatch.Benchmarks;

/// <summary>Times the default text scorer (preparation, both models, word lists, reasons) over real English and Chinese texts.</summary>
/// <remarks>
/// Usage: <c>text [--texts N] [--data DIR]</c>. Takes the Davidson tweets and the Weibo posts from the shared data
/// folder (half each, cycled up to N, default 100,000); prints texts per second on all cores and on one, and the
/// process's peak working set.
/// </remarks>
internal static class TextRun
{
    public static int Run(string[] args)
    {
        var count = 100_000;
        var data = "/work/shared/data";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--texts":
                    count = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--data":
                    data = args[i + 1];
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }
        var english = Graywatch.Text.LabelledTexts.ReadCsv(Path.Combine(data, "hate-davidson/labeled_data.csv"), "class", "tweet", null).Select(r => r.Text).ToList();
        var chinese = Graywatch.Text.LabelledTexts.ReadCsv(Path.Combine(data, "emotion-zh-weibo-covid/labeledData.csv"), "label", "review", null).Select(r => r.Text).ToList();
        var texts = Enumerable.Range(0, count).Select(i => i % 2 == 0 ? english[i / 2 % english.Count] : chinese[i / 2 % chinese.Count]).ToArray();
        var scorer = TextScorer.Create(DetectorSettings.Empty);
        foreach (var t in texts.Take(2_000))
        {
            scorer.Score(t);
        }
        var all = Time(texts, scorer, Environment.ProcessorCount);
        var one = Time(texts[..Math.Min(texts.Length, 20_000)], scorer, 1);
        var chars = texts.Sum(t => (long)t.Length) / (double)texts.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"texts {texts.Length:N0} (mean {chars:0} chars, half English tweets, half Chinese Weibo posts)\n" +
            $"{Environment.ProcessorCount} threads: {all:N0} texts/s\n1 thread: {one:N0} texts/s\n" +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB"));
        return 0;
    }

    private static double Time(string[] texts, TextScorer scorer, int threads)
    {
        var sw = Stopwatch.StartNew();
        var sink = 0.0;
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, texts.Length, 1_000), new ParallelOptions { MaxDegreeOfParallelism = threads }, range =>
        {
            var local = 0.0;
            for (var i = range.Item1; i < range.Item2; i++)
            {
                local += scorer.Score(texts[i]).Incitement;
            }
            lock (texts)
            {
                sink += local;
            }
        });
        sw.Stop();
        GC.KeepAlive(sink);
        return texts.Length / sw.Elapsed.TotalSeconds;
    }
}
