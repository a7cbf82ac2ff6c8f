using Graywatch.Text;

namespace Graywatch.Tests.Text;

public sealed class TextPreparerTests
{
    [Fact]
    public void A_Traditional_sentence_is_Traditional_Chinese_folded_to_Simplified_and_segmented()
    {
        var text = TextPreparer.Prepare("氣死我了 這些貪官真可惡");

        Assert.Equal(TextLanguages.TraditionalChinese, text.Language);
        Assert.Equal("气死我了 这些贪官真可恶", text.Folded);
        Assert.Contains(text.Tokens, t => t.Kind == TokenKind.Chinese && t.Text == "这些");
        Assert.All(text.Tokens, t => Assert.Equal(t.Text, text.Folded.Substring(t.Start, t.Text.Length)));
    }

    [Fact]
    public void A_Simplified_sentence_is_Simplified_Chinese_and_folds_to_the_same_text_as_its_Traditional_twin()
    {
        var simplified = TextPreparer.Prepare("气死我了 这些贪官真可恶");

        Assert.Equal(TextLanguages.SimplifiedChinese, simplified.Language);
        Assert.Equal(TextPreparer.Prepare("氣死我了 這些貪官真可惡").Folded, simplified.Folded);
        Assert.Equal(
            TextPreparer.Prepare("氣死我了 這些貪官真可惡").Tokens.Select(t => t.Text),
            simplified.Tokens.Select(t => t.Text));
    }

    [Fact]
    public void Mixed_text_keeps_both_languages_tokens_and_takes_out_hashtags_mentions_and_links()
    {
        var text = TextPreparer.Prepare("我們明天去 City Hall 集合 #水價上漲 @bob https://x.co/a");

        Assert.Equal(TextLanguages.TraditionalChinese, text.Language);
        Assert.Contains(text.Tokens, t => t.Kind == TokenKind.Word && t.Text == "city");
        Assert.Contains(text.Tokens, t => t.Kind == TokenKind.Chinese && t.Text == "集合");
        Assert.Equal(["水价上涨"], text.Hashtags);
        Assert.Equal(["bob"], text.Mentions);
        Assert.Equal(["https://x.co/a"], text.Urls);
        Assert.Contains(text.Tokens, t => t.Kind == TokenKind.Url);
        Assert.Contains(text.Tokens, t => t.Kind == TokenKind.Mention);
    }

    [Fact]
    public void Mostly_English_text_with_a_Chinese_word_is_English()
    {
        Assert.Equal(TextLanguages.English, TextPreparer.Prepare("This water bill is a joke 太扯").Language);
    }

    [Fact]
    public void Full_width_forms_fold_to_half_width_and_lower_case()
    {
        var text = TextPreparer.Prepare("ＧＯ　ＮＯＷ！");

        Assert.Equal("go now!", text.Folded);
        Assert.Equal(TextLanguages.English, text.Language);
    }

    [Fact]
    public void Emoji_only_text_is_other_with_its_emoji_as_tokens()
    {
        var text = TextPreparer.Prepare("😡😡🔥");

        Assert.Equal(TextLanguages.Other, text.Language);
        Assert.Equal(["😡", "😡", "🔥"], text.Emoji);
        Assert.All(text.Tokens, t => Assert.Equal(TokenKind.Emoji, t.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_text_is_other_with_no_tokens(string? value)
    {
        var text = TextPreparer.Prepare(value);

        Assert.Equal(TextLanguages.Other, text.Language);
        Assert.Empty(text.Tokens);
    }

    [Fact]
    public void Text_in_another_Latin_language_is_other()
    {
        Assert.Equal(TextLanguages.Other, TextPreparer.Prepare("Hôm nay trời rất đẹp và tôi đi làm").Language);
    }

    [Theory]
    [InlineData("Cappuccino Assasino's Revenge (Animals Maroon 5 Parody)")]
    [InlineData("Divide and conquer while the kingdom burns tonight")]
    [InlineData("POV: you are late again")]
    public void English_titles_and_sentences_without_many_function_words_are_English(string text)
    {
        Assert.Equal(TextLanguages.English, TextPreparer.Prepare(text).Language);
    }

    [Theory]
    [InlineData("Troi cho toi hai chan ngan a, the nhung ve duong di dai")]
    [InlineData("Buồn ha")]
    [InlineData("Hom nay troi dep qua di choi thoi")]
    public void Vietnamese_with_or_without_accents_is_other(string text)
    {
        Assert.Equal(TextLanguages.Other, TextPreparer.Prepare(text).Language);
    }

    [Fact]
    public void Mentions_links_and_hashtags_do_not_make_a_text_English()
    {
        Assert.Equal(TextLanguages.Other, TextPreparer.Prepare("@the_best_of_you https://is.it/for/you Chuc mung nam moi ca nha minh").Language);
    }
}
