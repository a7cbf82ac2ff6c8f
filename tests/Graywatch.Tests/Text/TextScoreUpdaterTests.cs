using Graywatch.Detectors;
using Graywatch.Model;
using Graywatch.Testing;
using Graywatch.Text.Incitement;

namespace Graywatch.Tests.Text;

public sealed class TextScoreUpdaterTests
{
    [Fact]
    public void Captions_sticker_texts_transcripts_and_comments_are_each_scored_and_a_changed_text_is_scored_again()
    {
        using var store = Some.Store();
        var post = Some.Post("p1") with
        {
            Text = "Everyone go to City Hall tomorrow at 3pm!",
            Transcript = "they are vermin",
        };
        new StoreSeeder(store).Add(post).Add(new Comment { Platform = post.Platform, Id = "c1", PostId = "p1", Text = "氣死我了 😡" });
        store.Execute("UPDATE posts SET sticker_texts = ['明天', '市政府集合'] WHERE id = 'p1'");
        var updater = new TextScoreUpdater(TextScorer.Create(DetectorSettings.Empty));

        var first = updater.Update(store, CancellationToken.None);
        store.Execute("UPDATE comments SET text = 'lovely day' WHERE id = 'c1'");
        var second = updater.Update(store, CancellationToken.None);

        Assert.Equal(4, first);
        Assert.Equal(1, second);
        var kinds = store.Query("SELECT record_kind, incitement, reasons FROM text_scores ORDER BY record_kind", r => (Kind: r.GetString(0), Incitement: r.GetFloat(1), Reasons: r.GetString(2)));
        Assert.Equal(["comment", "post", "sticker", "transcript"], kinds.Select(k => k.Kind));
        Assert.Contains("call_to_action", kinds.Single(k => k.Kind == "post").Reasons, StringComparison.Ordinal);
        Assert.Contains("dehumanizing", kinds.Single(k => k.Kind == "transcript").Reasons, StringComparison.Ordinal);
        Assert.Contains("集合", kinds.Single(k => k.Kind == "sticker").Reasons, StringComparison.Ordinal);
        Assert.DoesNotContain("anger", kinds.Single(k => k.Kind == "comment").Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void Switching_to_the_accurate_setting_scores_every_text_again_under_its_own_scorer_name()
    {
        using var store = Some.Store();
        var post = Some.Post("p1") with { Text = "My grandmother passed away last night and I can't stop crying" };
        new StoreSeeder(store).Add(post).Add(new Comment { Platform = post.Platform, Id = "c1", PostId = "p1", Text = "氣死我了" });
        new TextScoreUpdater(TextScorer.Create(DetectorSettings.Empty)).Update(store, CancellationToken.None);
        var accurate = TextScorer.Create(new DetectorSettings(new Dictionary<string, string> { ["incitement.accurate"] = "true" }));

        var rescored = new TextScoreUpdater(accurate).Update(store, CancellationToken.None);

        Assert.Equal(2, rescored);
        var rows = store.Query("SELECT record_kind, scorer, sadness FROM text_scores ORDER BY record_kind", r => (Kind: r.GetString(0), Scorer: r.GetString(1), Sadness: r.GetFloat(2)));
        Assert.All(rows, r => Assert.Equal(accurate.Version, r.Scorer));
        Assert.True(rows.Single(r => r.Kind == "post").Sadness > 0.5);
        Assert.Equal(0, new TextScoreUpdater(accurate).Update(store, CancellationToken.None));
    }
}
