using System.Text.Json;
using Graywatch.Testing;

namespace Graywatch.Tests.Cli;

public sealed class TextCommandsTests
{
    private static readonly string[] Fields = ["language", "anger", "fear", "disgust", "sadness", "joy", "hostility", "incitement", "reasons"];

    [Fact]
    public async Task Score_text_with_a_file_writes_one_JSON_object_per_line_in_order_with_the_documented_fields()
    {
        using var dir = new TempDir();
        var file = dir.Write("texts.txt", "Everyone go to City Hall tomorrow at 3pm!\n明天下午三點 市政府前集合！\n\n😡\n");

        var (code, output) = await CliRun.RunAsync("score-text", "--file", file, "--json");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, l => Assert.Equal(Fields, l.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["en", "zh-Hant", "other", "other"], lines.Select(l => l.GetProperty("language").GetString()));
        Assert.Contains(lines[1].GetProperty("reasons").EnumerateArray(), r => r.GetProperty("kind").GetString() == "call_to_action" && r.GetProperty("span").GetString() == "集合");
        Assert.Equal(0, lines[2].GetProperty("incitement").GetDouble());
    }

    [Fact]
    public async Task Score_text_needs_a_text_or_a_file()
    {
        var (code, _) = await CliRun.RunAsync("score-text");

        Assert.NotEqual(0, code);
    }

    [Fact]
    public async Task Train_text_then_eval_text_round_trips_a_model_on_a_small_labelled_file()
    {
        using var dir = new TempDir();
        var rows = Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? $"\"I love this, great day {i}\",happy" : $"\"I hate this, awful day {i}\",angry");
        var data = dir.Write("data.csv", "text,label\n" + string.Join("\n", rows) + "\n");
        var model = dir["m.gwm"];

        var (trainCode, _) = await CliRun.RunAsync("train-text", "--data", data, "--label", "label", "--out", model, "--json");
        var (evalCode, output) = await CliRun.RunAsync("eval-text", "--model", model, "--data", data, "--label", "label", "--json");

        Assert.Equal(0, trainCode);
        Assert.Equal(0, evalCode);
        Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("accuracy").GetDouble() >= 0.95, output);
    }

    [SkippableFact]
    public async Task Score_text_handles_real_Chinese_comments()
    {
        var path = SharedData.File("parody-comments-en-zh/BridePrice/comments_test.csv");
        Skip.If(path is null, "shared data absent");
        using var dir = new TempDir();
        var texts = Graywatch.Text.LabelledTexts.ReadCsv(path!, "support", "content", null).Take(200).Select(r => r.Text.ReplaceLineEndings(" "));
        var file = dir.Write("comments.txt", string.Join("\n", texts) + "\n");

        var (code, output) = await CliRun.RunAsync("score-text", "--file", file, "--json");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(200, lines.Count);
        Assert.True(lines.Count(l => l.GetProperty("language").GetString()!.StartsWith("zh", StringComparison.Ordinal)) > 150);
    }

    [Fact]
    public async Task Score_text_accurate_writes_the_same_JSON_fields_with_the_encoders_emotions()
    {
        var (code, output) = await CliRun.RunAsync("score-text", "--accurate", "--json", "My grandmother passed away last night and I can't stop crying");

        Assert.Equal(0, code);
        var line = JsonDocument.Parse(output).RootElement;
        Assert.Equal(Fields, line.EnumerateObject().Select(p => p.Name));
        Assert.True(line.GetProperty("sadness").GetDouble() > 0.5, output);
    }

    [Fact]
    public async Task Eval_text_with_a_damaged_encoder_file_says_which_file_is_damaged_without_a_stack_trace()
    {
        using var dir = new TempDir();
        var model = dir.Write("broken.gwe", "not an encoder at all");
        var data = dir.Write("data.csv", "text,label\nso angry,anger\n");

        var (code, output) = await CliRun.RunAsync("eval-text", "--model", model, "--data", data, "--label", "label");

        Assert.Equal(3, code);
        Assert.Contains("broken.gwe", output, StringComparison.Ordinal);
        Assert.Contains("not a Graywatch encoder file", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_text_accurate_with_a_model_folder_holding_a_damaged_encoder_fails_cleanly()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir["models"]);
        File.WriteAllText(Path.Combine(dir["models"], "emotion-en-encoder.gwe"), "GWENC1\u0001");
        var config = dir.Write("config.json", "{\"detectors\":{\"incitement\":{\"models\":" + JsonSerializer.Serialize(dir["models"]) + "}}}");

        var (code, output) = await CliRun.RunAsync("score-text", "--accurate", "--config", config, "angry words");

        Assert.Equal(3, code);
        Assert.Contains("emotion-en-encoder.gwe", output, StringComparison.Ordinal);
    }
}
