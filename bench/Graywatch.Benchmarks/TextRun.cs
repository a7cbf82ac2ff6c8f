using System.Diagnostics;
using System.Globalization;
using Graywatch.Detectors;
using Graywatch.Text.Incitement;

namespace Graywatch.Benchmarks;

/// <summary>Times the default text scorer (preparation, both models, word lists, reasons) over real English and Chinese texts.</summary>
/// <remarks>
/// Usage: <c>text [--texts N] [--data DIR] [--accurate]</c>. Takes the Davidson tweets and the Weibo posts from the
/// shared data folder (half each, cycled up to N, default 100,000); prints texts per second on all cores and on one,
/// and the process's peak working set. With <c>--accurate</c> (default N 4,000) the scorer runs the emotion encoder
/// on the English half, in batches as <c>analyze</c> does; it prints texts per second for the mix and for English alone.
/// </remarks>
internal static class TextRun
{
    public static int Run(string[] args)
    {
        int? count = null;
        var data = "/work/shared/data";
        var accurate = args.Contains("--accurate");
        args = [.. args.Where(a => a != "--accurate")];
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
        var texts = Enumerable.Range(0, count ?? (accurate ? 4_000 : 100_000)).Select(i => i % 2 == 0 ? english[i / 2 % english.Count] : chinese[i / 2 % chinese.Count]).ToArray();
        if (accurate)
        {
            return RunAccurate(texts, english);
        }
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

    private static int RunAccurate(string[] texts, List<string> english)
    {
        var scorer = TextScorer.Create(new DetectorSettings(new Dictionary<string, string> { ["incitement.accurate"] = "true" }));
        var load = Stopwatch.StartNew();
        scorer.ScoreAll(texts[..64]);
        load.Stop();
        var sw = Stopwatch.StartNew();
        foreach (var page in texts.Chunk(1_000))
        {
            scorer.ScoreAll(page);
        }
        var mixed = texts.Length / sw.Elapsed.TotalSeconds;
        var englishOnly = english.Take(texts.Length / 2).ToArray();
        sw.Restart();
        foreach (var page in englishOnly.Chunk(1_000))
        {
            scorer.ScoreAll(page);
        }
        var englishRate = englishOnly.Length / sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"accurate mode ({Environment.ProcessorCount} cores), first use (loading the encoder) {load.Elapsed.TotalSeconds:0.0} s\n" +
            $"texts {texts.Length:N0}, half English tweets, half Chinese Weibo posts: {mixed:N0} texts/s\n" +
            $"English tweets alone ({englishOnly.Length:N0}): {englishRate:N0} texts/s\n" +
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
