namespace Graywatch.Text;

/// <summary>How many letters of each script a text's words hold (outside links, mentions and hashtags).</summary>
internal struct ScriptCounts
{
    public int Han;
    public int Ascii;
    public int Kana;
    public int Hangul;
    public int OtherLetters;
}
