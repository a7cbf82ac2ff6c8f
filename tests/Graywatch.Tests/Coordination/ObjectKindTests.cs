using Graywatch.Coordination;
using Graywatch.Model;
using Graywatch.Store;
using Graywatch.Testing;

namespace Graywatch.Tests.Coordination;

public sealed class ObjectKindTests : IDisposable
{
    private readonly GraywatchStore _store = Some.Store();
    private readonly CoordinationOptions _options = new() { WindowSeconds = 60, MinParticipation = 1 };

    public void Dispose() => _store.Dispose();

    private CoordinationResult Run(ObjectKind kind) => CoordinationResult.Run(kind, ShareLoader.Load(_store, kind, _options), _options);

    private static Post At(string id, string author, int seconds, string? text = null, string? parent = null, string? parentKind = null, params string[] tags) =>
        Some.Post(id, Some.Time.AddSeconds(seconds), author, tags) with { Text = text, ParentId = parent, ParentKind = parentKind };

    [Fact]
    public void Near_caption_pairs_captions_that_differ_by_a_word_and_not_unrelated_ones()
    {
        new StoreSeeder(_store).Add(
            At("p1", "a", 0, "The bridge of harmony is the only way forward for every family in our country today"),
            At("p2", "b", 20, "The bridge of harmony is the only way forward for every family in our country now"),
            At("p3", "c", 30, "Cooking noodles at midnight with my cat watching, best night of the whole week"));

        var r = Run(ObjectKind.NearCaption);

        Assert.Equal(1, r.Pairs.Count);
        const int pair = 0;
        Assert.Equal(("a", "b"), (r.Pairs.Names[r.Pairs.Account[pair]], r.Pairs.Names[r.Pairs.AccountY[pair]]));
        Assert.Equal(20, r.Pairs.Delta[pair]);
    }

    [Fact]
    public void Near_caption_similarity_estimates_jaccard_of_character_shingles()
    {
        Assert.Equal(1.0, NearCaptionClusters.Similarity("same words here and there", "same words here and there"));
        Assert.True(NearCaptionClusters.Similarity("a completely different sentence about food", "the bridge of harmony for all families") < 0.2);
    }

    [Fact]
    public void Cotemporal_hashtag_ignores_reposts_while_hashtag_counts_them()
    {
        new StoreSeeder(_store).Add(
            At("p1", "a", 0, tags: "flood"),
            At("p2", "b", 10, parent: "p1", parentKind: ParentKinds.Repost, tags: "flood"),
            At("p3", "c", 20, tags: "flood"));

        Assert.Equal(3, Run(ObjectKind.Hashtag).Pairs.Count);
        var cotemporal = Run(ObjectKind.CotemporalHashtag);
        Assert.Equal(1, cotemporal.Pairs.Count);
        Assert.Equal("hashtag:flood", cotemporal.Pairs.Names[cotemporal.Pairs.ObjectId[0]]);
    }

    [Fact]
    public void Hashtag_set_pairs_posts_with_the_same_set_in_any_order_and_case()
    {
        new StoreSeeder(_store).Add(
            At("p1", "a", 0, tags: ["x", "y"]),
            At("p2", "b", 5, tags: ["y", "x"]),
            At("p3", "c", 6, tags: ["x"]));

        var r = Run(ObjectKind.HashtagSet);

        Assert.Equal(1, r.Pairs.Count);
        Assert.Equal("hashtags:x y", r.Pairs.Names[r.Pairs.ObjectId[0]]);
    }

    [Fact]
    public void Shares_further_apart_than_the_window_are_not_paired_and_ties_in_time_keep_input_order()
    {
        new StoreSeeder(_store).Add(
            At("p1", "a", 0, tags: "t"),
            At("p2", "b", 0, tags: "t"),
            At("p3", "c", 61, tags: "t"));

        var r = Run(ObjectKind.Hashtag);

        Assert.Equal(1, r.Pairs.Count);
        Assert.Equal(("p1", "p2", 0L), (r.Pairs.Names[r.Pairs.Content[0]], r.Pairs.Names[r.Pairs.ContentY[0]], r.Pairs.Delta[0]));
    }
}
