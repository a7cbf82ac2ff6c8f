using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graywatch.Text;

namespace Graywatch.Benchmarks;

/// <summary>Measures the language identifier on labelled real texts: English tweets and comments, Chinese posts by script, Vietnamese captions.</summary>
/// <remarks>
/// Usage: <c>language-id [--data DIR] [--errors N]</c>. Sets (from the shared data folder): English = TweetEval hate and
/// emotion validation texts, every Davidson tweet and every Tiktok-Trump parody comment; Chinese = every Weibo COVID post,
/// the COLD dev split and the Alibaba-Math and BridePrice comments, labelled <c>zh-Hant</c> where Traditional-only
/// characters outnumber Simplified-only ones, <c>zh-Hans</c> where the reverse, either script on a tie; Vietnamese =
/// the vn-feed captions holding a letter only Vietnamese uses (ă â đ ê ô ơ ư or a tone mark on a vowel), as written and
/// again with every accent taken off (Vietnamese typed without accents is common and looks like plain ASCII), expected
/// <c>other</c>. Texts with no letter outside mentions, links and hashtags carry no language and are left out. Prints,
/// per set, the accuracy of scripts and function words alone and of the identifier as shipped, the share the n-gram
/// model decided, texts per second, and the first N errors of each set.
/// </remarks>
internal static class LanguageIdRun
{
    private static readonly string[] SplitNames = ["train", "val", "test"];

    public static int Run(string[] args)
    {
        var data = "/work/shared/data";
        var errors = 5;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--data":
                    data = args[i + 1];
                    break;
                case "--errors":
                    errors = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }
        var sets = Sets(data);
        TextPreparer.Prepare("warm up the n-gram model with a title such as Revenge Parody");
        Console.WriteLine("| set | texts | rules alone | shipped | decided by the model |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var total = 0;
        var rulesRight = 0;
        var shippedRight = 0;
        var modelled = 0;
        var clock = Stopwatch.StartNew();
        var examples = new List<string>();
        foreach (var (name, texts) in sets)
        {
            var prepared = texts.AsParallel().AsOrdered().Select(t => (t.Text, t.Label, Prepared: TextPreparer.Prepare(t.Text)))
                .Where(t => t.Prepared.Tokens.Any(k => k.Kind is TokenKind.Word or TokenKind.Chinese && k.Text.Any(char.IsLetter))).ToList();
            var rules = prepared.Count(t => Matches(t.Label, t.Prepared.RuleLanguage.Language));
            var shipped = prepared.Count(t => Matches(t.Label, t.Prepared.Language));
            var model = prepared.Count(t => !t.Prepared.RuleLanguage.Sure);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {prepared.Count:N0} | {Percent(rules, prepared.Count)} | {Percent(shipped, prepared.Count)} | {Percent(model, prepared.Count)} |"));
            examples.AddRange(prepared.Where(t => !Matches(t.Label, t.Prepared.Language)).Take(errors)
                .Select(t => $"{name}: expected {t.Label}, got {t.Prepared.Language}: {Shorten(t.Text)}"));
            total += prepared.Count;
            rulesRight += rules;
            shippedRight += shipped;
            modelled += model;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| all | {total:N0} | {Percent(rulesRight, total)} | {Percent(shippedRight, total)} | {Percent(modelled, total)} |"));
        var all = sets.SelectMany(s => s.Texts).Select(t => t.Text).ToArray();
        clock.Restart();
        _ = all.AsParallel().Select(t => TextPreparer.Prepare(t).Language).Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nprepared and identified {all.Length:N0} texts in {clock.Elapsed.TotalSeconds:0.0} s on {Environment.ProcessorCount} cores: {all.Length / clock.Elapsed.TotalSeconds:N0} texts/s"));
        foreach (var e in examples)
        {
            Console.WriteLine(e);
        }
        return 0;
    }

    private static List<(string Name, List<LabelledText> Texts)> Sets(string data)
    {
        static List<LabelledText> Lines(string path, string label) => [.. File.ReadLines(path).Select(t => new LabelledText(t, label))];
        static List<LabelledText> Csv(string path, string label, string column) =>
            [.. LabelledTexts.ReadCsv(path, column, column, null).Select(t => new LabelledText(t.Text, label))];
        static List<LabelledText> Splits(string folder, string label) =>
            [.. SplitNames.SelectMany(s => Csv(Path.Combine(folder, $"comments_{s}.csv"), label, "content"))];
        static List<LabelledText> Chinese(List<LabelledText> texts) => [.. texts.Select(t => t with { Label = ScriptOf(t.Text) })];
        var parody = Path.Combine(data, "parody-comments-en-zh");
        var captions = Csv(Path.Combine(data, "tiktok-vn-feed/raw_data.csv"), TextLanguages.Other, "vid_caption").Where(t => t.Text.Any(IsVietnameseOnly)).ToList();
        return
        [
            ("English: TweetEval hate + emotion validation", [.. Lines(Path.Combine(data, "tweeteval-emotion-hate/hate/val_text.txt"), TextLanguages.English),
                .. Lines(Path.Combine(data, "tweeteval-emotion-hate/emotion/val_text.txt"), TextLanguages.English)]),
            ("English: Davidson tweets", Csv(Path.Combine(data, "hate-davidson/labeled_data.csv"), TextLanguages.English, "tweet")),
            ("English: Tiktok-Trump comments", Splits(Path.Combine(parody, "Tiktok-Trump"), TextLanguages.English)),
            ("Chinese: Weibo COVID", Chinese(Csv(Path.Combine(data, "emotion-zh-weibo-covid/labeledData.csv"), "", "review"))),
            ("Chinese: COLD dev", Chinese(Csv(Path.Combine(data, "offensive-zh-cold/dev.csv"), "", "TEXT"))),
            ("Chinese: Alibaba-Math + BridePrice comments", Chinese([.. Splits(Path.Combine(parody, "Alibaba-Math"), ""), .. Splits(Path.Combine(parody, "BridePrice"), "")])),
            ("Vietnamese: vn-feed captions", captions),
            ("Vietnamese: the same without accents", [.. captions.Select(t => t with { Text = WithoutAccents(t.Text) })]),
        ];
    }

    private static bool Matches(string label, string language) => label == "zh" ? TextLanguages.IsChinese(language) : label == language;

    private static string ScriptOf(string text)
    {
        var traditional = text.Count(ChineseScript.IsTraditionalOnly);
        var simplified = text.Count(ChineseScript.IsSimplifiedOnly);
        return traditional > simplified ? TextLanguages.TraditionalChinese : simplified > traditional ? TextLanguages.SimplifiedChinese : "zh";
    }

    private static bool IsVietnameseOnly(char c) =>
        "ăâđêôơưĂÂĐÊÔƠƯ".Contains(c) || (c is >= '\u1EA0' and <= '\u1EF9');

    private static string WithoutAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Shorten(string text) => (text.Length > 100 ? text[..100] + "…" : text).ReplaceLineEndings(" ");
}
