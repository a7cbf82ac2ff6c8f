using Graywatch.Detectors;
using Graywatch.Readers;
using Graywatch.Testing;
using Graywatch.Text.Encoder;
using Graywatch.Text.Incitement;

namespace Graywatch.Tests.Text.Encoder;

public sealed class AccurateEmotionModelTests
{
    [Theory]
    [InlineData("I am absolutely furious, they lied to us again and I want answers now", "anger")]
    [InlineData("Had the most wonderful day with my family, laughing all afternoon", "joy")]
    [InlineData("My grandmother passed away last night and I can't stop crying", "sadness")]
    public void Given_the_shipped_encoder_when_it_reads_a_clear_sentence_then_the_right_emotion_comes_first(string text, string expected)
    {
        var model = AccurateEmotionModel.ShippedWith(0);

        var p = model.Predict([text])[0];

        Assert.Equal(expected, model.Classes[Array.IndexOf(p, p.Max())]);
        Assert.Equal(1.0, p.Sum(), 4);
    }

    [Fact]
    public void Given_a_batch_longer_than_one_run_when_predicted_then_each_text_gets_the_probabilities_it_gets_alone()
    {
        var model = AccurateEmotionModel.Shipped;
        var texts = Enumerable.Range(0, EmotionEncoder.BatchSize + 3).Select(i => i % 2 == 0 ? $"so angry about bill {i}" : "what a lovely, happy morning").ToArray();

        var together = model.Predict(texts);
        var alone = model.Predict([texts[^1]])[0];

        Assert.Equal(texts.Length, together.Length);
        Assert.All(alone.Zip(together[^1]), pair => Assert.Equal(pair.First, pair.Second, 4));
    }

    [Fact]
    public void Given_the_accurate_setting_when_texts_are_scored_then_English_takes_the_encoders_emotions_and_Chinese_keeps_its_own()
    {
        var fast = TextScorer.Create(DetectorSettings.Empty);
        var accurate = TextScorer.Create(new DetectorSettings(new Dictionary<string, string> { ["incitement.accurate"] = "true" }));
        string[] texts = ["My grandmother passed away last night and I can't stop crying", "太可恶了，气死我了，这些人必须道歉"];

        var scores = accurate.ScoreAll(texts);

        Assert.True(accurate.Accurate);
        Assert.NotEqual(fast.Version, accurate.Version);
        Assert.True(scores[0].Sadness > 0.5, $"sadness {scores[0].Sadness}");
        Assert.Equal(fast.Score(texts[1]), scores[1], new TextScoreComparer());
        Assert.Equal(scores[0].Sadness, accurate.Score(texts[0]).Sadness, 4);
    }

    [Fact]
    public void Given_a_damaged_encoder_file_when_loaded_then_the_error_names_the_file_and_the_damage()
    {
        using var dir = new TempDir();
        var path = dir.Write("broken.gwe", "GWENC1 this is not an encoder");

        var error = Assert.Throws<InputException>(() => AccurateEmotionModel.FromFile(path, null));

        Assert.Equal(path, error.Path);
        Assert.Contains("damaged", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_encoder_file_when_loaded_then_the_error_says_so()
    {
        using var dir = new TempDir();

        var error = Assert.Throws<InputException>(() => AccurateEmotionModel.FromFile(dir["none.gwe"], null));

        Assert.Contains("no such encoder file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_encoder_file_cut_short_when_loaded_then_it_is_reported_as_damaged()
    {
        using var dir = new TempDir();
        var whole = new MemoryStream();
        new EncoderWeights(["a", "b"], new Dictionary<string, string>(), new Dictionary<string, EncoderTensor>
        {
            ["head.weight"] = new([2, MiniLmAssets.HiddenSize], new float[2 * MiniLmAssets.HiddenSize]),
            ["head.bias"] = new([2], [0.5f, -0.5f]),
        }).Save(whole);
        var path = dir["cut.gwe"];
        File.WriteAllBytes(path, whole.ToArray()[..^10]);

        var error = Assert.Throws<InputException>(() => AccurateEmotionModel.FromFile(path, null));

        Assert.Contains("cut short", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_encoder_weights_when_saved_and_loaded_then_classes_metadata_and_half_precision_values_come_back()
    {
        var weights = new EncoderWeights(["x", "y"], new Dictionary<string, string> { ["blend.linear"] = "0.25" }, new Dictionary<string, EncoderTensor>
        {
            ["head.bias"] = new([2], [0.1f, -2.5f]),
        });
        using var stream = new MemoryStream();

        weights.Save(stream);
        stream.Position = 0;
        var loaded = EncoderWeights.Load(stream);

        Assert.Equal(["x", "y"], loaded.Classes);
        Assert.Equal("0.25", loaded.Metadata["blend.linear"]);
        Assert.Equal(0.1f, loaded.Tensors["head.bias"].Values[0], 3);
        Assert.Equal(-2.5f, loaded.Tensors["head.bias"].Values[1]);
    }

    private sealed class TextScoreComparer : IEqualityComparer<TextScore>
    {
        public bool Equals(TextScore? x, TextScore? y) => x is not null && y is not null && x.Language == y.Language && x.Anger == y.Anger
            && x.Sadness == y.Sadness && x.Joy == y.Joy && x.Hostility == y.Hostility && x.Incitement == y.Incitement;

        public int GetHashCode(TextScore obj) => obj.Language.GetHashCode(StringComparison.Ordinal);
    }
}
