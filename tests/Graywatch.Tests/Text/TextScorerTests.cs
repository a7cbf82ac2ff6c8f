using Graywatch.Text;
using Graywatch.Text.Incitement;

namespace Graywatch.Tests.Text;

public sealed class TextScorerTests
{
    private static readonly TextScorer WordListsOnly = new(TextModels.None, IncitementLexicon.Default, new IncitementWeights());

    [Fact]
    public void A_call_to_gather_with_a_time_and_a_place_gives_those_reasons_with_their_spans()
    {
        var score = WordListsOnly.Score("Everyone go to City Hall tomorrow at 3pm!");

        Assert.Contains(score.Reasons, r => r.Kind == SignalKinds.CallToAction);
        Assert.Contains(score.Reasons, r => r.Kind == SignalKinds.Place && r.Span == "City Hall");
        Assert.Contains(score.Reasons, r => r.Kind == SignalKinds.Time && r.Span == "tomorrow");
        Assert.Equal(0.55, score.Incitement, 3);
    }

    [Theory]
    [InlineData("明天下午三點 市政府前集合！", "三點", "市政府")]
    [InlineData("明天下午三点 市政府门口集合！", "三点", "市政府")]
    public void A_Chinese_call_in_either_script_gives_spans_of_the_original_text(string text, string hour, string place)
    {
        var score = WordListsOnly.Score(text);

        Assert.Contains(score.Reasons, r => r.Kind == SignalKinds.CallToAction && r.Span == "集合");
        Assert.Contains(score.Reasons, r => r.Kind == SignalKinds.Time && r.Span == hour);
        Assert.Contains(score.Reasons, r => r.Kind == SignalKinds.Place && r.Span == place);
        Assert.True(score.Incitement >= 0.5);
    }

    [Fact]
    public void Dehumanizing_words_about_a_group_are_reasons()
    {
        var score = WordListsOnly.Score("Those refugees are vermin");

        Assert.Contains(score.Reasons, r => r.Kind == SignalKinds.Dehumanizing && r.Span == "vermin");
        Assert.Contains(score.Reasons, r => r.Kind == SignalKinds.Target && r.Span == "refugees");
        Assert.True(score.Incitement >= 0.45);
    }

    [Theory]
    [InlineData("Cappuccino Assasino's Revenge (Animals Maroon 5 Parody)")]
    [InlineData("Rats and pigs at the farm this morning")]
    [InlineData("這垃圾遊戲真難玩")]
    public void A_dehumanizing_word_with_no_people_named_is_no_reason(string text)
    {
        var score = WordListsOnly.Score(text);

        Assert.DoesNotContain(score.Reasons, r => r.Kind == SignalKinds.Dehumanizing);
        Assert.Equal(0, score.Incitement);
    }

    [Theory]
    [InlineData("those immigrants are animals", "animals")]
    [InlineData("you animals make me sick", "animals")]
    [InlineData("他們就是一群蟑螂", "蟑螂")]
    public void A_dehumanizing_word_about_people_is_a_reason(string text, string span)
    {
        Assert.Contains(WordListsOnly.Score(text).Reasons, r => r.Kind == SignalKinds.Dehumanizing && r.Span == span);
    }

    [Fact]
    public void Mentions_and_links_are_never_reasons()
    {
        var scorer = new TextScorer(TextModels.Shipped, IncitementLexicon.Default, new IncitementWeights());

        var hate = scorer.Score("I hate this @user so much");
        var links = scorer.Score("@killthem look https://example.com/burn-it-down #");

        Assert.NotEmpty(hate.Reasons);
        Assert.DoesNotContain(hate.Reasons, r => r.Span.Contains('@') || r.Span == "user");
        Assert.Contains(hate.Reasons, r => r.Kind == SignalKinds.Anger && r.Span == "hate");
        Assert.DoesNotContain(links.Reasons, r => r.Kind is SignalKinds.Violence or SignalKinds.CallToAction);
    }

    [Fact]
    public void A_word_inside_another_word_is_not_a_match()
    {
        Assert.DoesNotContain(WordListsOnly.Score("The pirates stormed the theatre").Reasons, r => r.Kind == SignalKinds.Dehumanizing);
    }

    [Fact]
    public void Calm_text_has_no_reasons_and_empty_text_scores_zero()
    {
        Assert.Empty(WordListsOnly.Score("Explaining the water bill increase in 60 seconds").Reasons);
        var empty = WordListsOnly.Score("");
        Assert.Equal(0, empty.Incitement);
        Assert.Empty(empty.Reasons);
    }

    [Fact]
    public void The_shipped_models_find_anger_and_give_it_as_a_reason()
    {
        var scorer = TextScorer.Create(Graywatch.Detectors.DetectorSettings.Empty);

        var score = scorer.Score("I am so furious, this is outrageous and disgusting, they lied to us 😡");

        Assert.True(score.Anger >= 0.5, $"anger {score.Anger}");
        Assert.Contains(score.Reasons, r => r.Kind == SignalKinds.Anger);
    }

    [Fact]
    public void A_word_list_file_adds_terms()
    {
        using var dir = new Graywatch.Testing.TempDir();
        var file = dir.Write("lists.json", """{"en":{"dehumanizing":{"terms":["goblins"]}}}""");
        var scorer = new TextScorer(TextModels.None, IncitementLexicon.FromFile(file), new IncitementWeights());

        Assert.Contains(scorer.Score("they are goblins").Reasons, r => r.Kind == SignalKinds.Dehumanizing && r.Span == "goblins");
        Assert.Contains(scorer.Score("they are vermin").Reasons, r => r.Kind == SignalKinds.Dehumanizing);
    }

    [Fact]
    public void A_repeated_word_is_one_reason_and_a_word_inside_a_longer_hit_is_none()
    {
        var repeated = WordListsOnly.Score("they are trash, trash, absolute trash");
        var nested = WordListsOnly.Score("明天下午三点 市政府门口集合！");

        Assert.Single(repeated.Reasons, r => r.Kind == SignalKinds.Dehumanizing);
        Assert.DoesNotContain(nested.Reasons, r => r.Kind == SignalKinds.Target);
    }
}
