namespace Graywatch.Simulation;

/// <summary>Caption lists for the planted threats, in English, Traditional and Simplified Chinese.</summary>
internal static class ThreatPhrases
{
    public static readonly string[] RingEnglish =
    [
        "Peace across the strait is the only way forward 🕊️", "Stop listening to the warmongers, we are one family",
        "Harmony brings prosperity, conflict brings nothing", "Why do they want us to fight? Choose harmony",
    ];

    public static readonly string[] RingTraditional =
    [
        "兩岸一家親 和平才是唯一的路 🕊️", "不要再聽那些戰爭販子的話了", "和平帶來繁榮 衝突什麼都得不到", "為什麼要我們對立？選擇和諧",
    ];

    public static readonly string[] RingSimplified =
    [
        "两岸一家亲 和平才是唯一的路 🕊️", "不要再听那些战争贩子的话了", "和平带来繁荣 冲突什么都得不到", "为什么要我们对立？选择和谐",
    ];

    public static readonly string[] ChallengeEnglish =
    [
        "day {0} of the blackout challenge 😵 hold your breath till you pass out", "who can last longest? choke it out and black out",
        "tried the blackout challenge and actually fainted", "dizzy after passing out lol don't tell mom",
        "blackout challenge with my cousin, he went out cold",
    ];

    public static readonly string[] ChallengeTraditional =
    [
        "憋氣到昏倒 誰敢挑戰", "掐脖子三十秒 差點暈過去", "第{0}天 窒息挑戰 真的昏倒了", "跟同學一起憋氣 看誰先暈過去",
    ];

    public static readonly string[] ChallengeSimplified =
    [
        "憋气到昏倒 谁敢挑战", "掐脖子三十秒 差点晕过去", "第{0}天 窒息挑战 真的昏倒了", "跟同学一起憋气 看谁先晕过去",
    ];

    public static readonly string[] DangerWords =
    [
        "blackout", "black out", "pass out", "passing out", "choke", "fainted", "hold your breath", "昏倒", "窒息", "憋氣", "暈過去", "掐脖子", "憋气", "晕过去",
    ];

    public static readonly string[] CalmEnglish =
    [
        "The new water prices were announced today, here is what changes", "Explaining the water bill increase in 60 seconds",
        "How much more will a family of four pay for water?",
    ];

    public static readonly string[] CalmTraditional = ["水費調整說明 大家怎麼看", "新的水價公告出來了 整理給大家", "四口之家水費會多多少？"];

    public static readonly string[] CalmSimplified = ["水费调整说明 大家怎么看", "新的水价公告出来了 整理给大家"];

    public static readonly string[] AngryEnglish =
    [
        "This is outrageous! They doubled the water bill and lied to us 😡", "I am so furious, disgusting corrupt officials",
        "Absolutely sick of this, they are robbing us blind", "Shameful! How dare they make families pay for their mistakes",
    ];

    public static readonly string[] AngryTraditional = ["太離譜了！水費翻倍還騙我們 😡", "氣死我了 這些貪官真可惡", "受夠了 根本是搶劫 滾出去！", "無恥！憑什麼要我們買單"];

    public static readonly string[] AngrySimplified = ["太离谱了！水费翻倍还骗我们 😡", "气死我了 这些贪官真可恶", "受够了 根本是抢劫 滚出去！"];

    public static readonly string[] CallsEnglish = ["Everyone go to City Hall tomorrow at 3pm!", "Meet at City Hall tomorrow at 3pm, bring everyone"];

    public static readonly string[] CallsTraditional = ["明天下午三點 市政府前集合！", "大家明天下午三點 市政府見 一個都不能少"];

    public static readonly string[] CallsSimplified = ["明天下午三点 市政府门口集合！"];

    public static readonly string[] AngerWords =
    [
        "outrageous", "furious", "disgusting", "corrupt", "sick of", "robbing", "shameful", "how dare",
        "離譜", "氣死", "可惡", "受夠", "搶劫", "滾出去", "無恥", "离谱", "气死", "可恶", "受够", "抢劫", "滚出去",
    ];

    public static readonly string[] WorkEnglish = ["another long day at work", "lunch break, food here is not bad today", "drill again this morning, so tired"];

    public static readonly string[] WorkTraditional = ["今天又站哨一整天", "營區午餐 今天吃雞腿", "出操完 累爆", "早上又是集合點名"];

    public static readonly string[] HomeEnglish = ["finally home", "weekend chill at home", "movie night on the couch"];

    public static readonly string[] HomeTraditional = ["下班回家 躺平", "放假在家追劇", "週末在家煮火鍋"];

    public static string Pick(Random random, CaptionLanguage language, string[] english, string[] traditional, string[] simplified) => language switch
    {
        CaptionLanguage.English => Phrases.Pick(random, english),
        CaptionLanguage.TraditionalChinese => Phrases.Pick(random, traditional),
        _ => Phrases.Pick(random, simplified),
    };
}
