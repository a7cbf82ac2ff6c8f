namespace Graywatch.Simulation;

/// <summary>What one column of an export holds: a field of the post, and for an indexed list column (<c>hashtags/0/name</c>) which item.</summary>
/// <param name="Index">The list item a column such as <c>mentions/1</c> holds, or -1 for the whole field.</param>
internal readonly record struct ColumnRole(PostField Field, int Index = -1)
{
    public static readonly ColumnRole None = new(PostField.None);

    /// <summary>How the column's cells are written.</summary>
    public ColumnKind Kind => Field switch
    {
        PostField.Created or PostField.Observed => ColumnKind.Time,
        PostField.Views or PostField.Likes or PostField.Comments or PostField.Shares or PostField.Saves or PostField.Followers
            or PostField.Following or PostField.AuthorLikes or PostField.AuthorVideos => ColumnKind.Count,
        PostField.Hashtags or PostField.Mentions or PostField.EffectIds when Index < 0 => ColumnKind.List,
        _ => ColumnKind.Other,
    };
}
