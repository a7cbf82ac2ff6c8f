namespace Graywatch.Simulation;

/// <summary>Built-in word and phrase lists the simulator composes captions, names and places from.</summary>
internal static class Phrases
{
    public static readonly string[] EnglishCaptions =
    [
        "wait for the end 😂", "trying this for the first time", "my morning routine before class",
        "this recipe changed my life", "pov: you finally found the best bubble tea in town", "rate my outfit 1-10",
        "day 3 of learning to dance", "nobody asked but here is my desk setup", "the view from the top was worth it",
        "when your cat decides it is 3am zoomies time", "easy 10 minute dinner", "we tried every snack at the night market",
        "is it just me or is this song stuck in everyone's head", "weekend reset vlog", "small business packing orders with me",
        "things I wish I knew before moving here", "honest review, not sponsored", "street food tour part 2",
        "my dog reacting to the vacuum again", "study with me for 25 minutes", "sunset drive with the best playlist",
        "how we saved money on our trip", "leg day is the worst day", "grandma's dumpling secret",
        "can you guess the price", "first time trying hot pot", "rainy day coffee run", "skincare that actually works for me",
    ];

    public static readonly string[] TraditionalCaptions =
    [
        "看到最後一定會笑 😂", "第一次挑戰做這個料理", "今天的穿搭給幾分", "這家珍奶真的太好喝了", "週末去爬山 風景超美",
        "我家貓咪每天晚上都這樣", "十分鐘就能完成的晚餐", "夜市美食開箱 全部吃一輪", "這首歌一直在我腦中播放",
        "下班後的放鬆時間", "搬來這裡之前希望有人告訴我的事", "真心推薦 不是業配", "跟我一起讀書二十五分鐘",
        "颱風天在家做甜點", "阿嬤的滷肉飯秘訣", "你猜這個多少錢", "第一次吃麻辣鍋 辣到哭", "雨天的咖啡時光",
        "終於把房間整理好了", "這個保養品我用了一個月", "騎機車環島第五天", "我們一起去看海吧 還記得那天嗎",
    ];

    public static readonly string[] SimplifiedCaptions =
    [
        "看到最后一定会笑 😂", "第一次挑战做这个菜", "今天的穿搭给几分", "这家奶茶真的太好喝了", "周末去爬山 风景超美",
        "我家猫咪每天晚上都这样", "十分钟就能完成的晚餐", "夜市美食开箱 全部吃一遍", "这首歌一直在我脑中播放",
        "下班后的放松时间", "搬来这里之前希望有人告诉我的事", "真心推荐 不是广告", "跟我一起学习二十五分钟",
        "下雨天在家做甜点", "外婆的红烧肉秘诀", "你猜这个多少钱", "第一次吃火锅 辣到哭", "雨天的咖啡时光",
        "终于把房间整理好了", "这个护肤品我用了一个月", "我们一起去看海吧 还记得那天吗",
    ];

    public static readonly string[] EnglishTagWords =
    [
        "fyp", "foryou", "viral", "food", "travel", "dance", "music", "funny", "cat", "dog", "fitness", "makeup", "fashion",
        "study", "coffee", "sunset", "beach", "gaming", "anime", "cooking", "recipe", "diy", "art", "nightmarket", "taipei",
        "bubbletea", "hiking", "skincare", "ootd", "vlog", "comedy", "pets", "football", "basketball", "kpop", "love", "life",
        "weekend", "motivation", "tech", "cars", "photography", "nature", "family", "school", "memes", "trending", "streetfood",
    ];

    public static readonly string[] ChineseTagWords =
    [
        "美食", "旅行", "台灣", "日常", "搞笑", "貓咪", "狗狗", "穿搭", "健身", "夜市", "珍奶", "咖啡", "讀書", "音樂", "舞蹈",
        "台北", "高雄", "追劇", "開箱", "生活", "美食推荐", "日常vlog", "搞笑视频", "穿搭分享", "健身打卡", "旅行日记", "学习",
        "宝藏歌曲", "萌宠", "治愈",
    ];

    public static readonly string[] EnglishTagSuffixes = ["tok", "life", "lover", "time", "2026", "daily", "vibes", "hacks", "challenge", "check"];

    public static readonly string[] ChineseTagSuffixes = ["日常", "分享", "推薦", "紀錄", "控", "打卡"];

    public static readonly string[] HandleWords =
    [
        "mia", "leo", "yuki", "ken", "amy", "jay", "luna", "max", "ivy", "sam", "coco", "ray", "nina", "tom", "kiki", "ben",
        "sunny", "daily", "happy", "little", "cloud", "moon", "star", "tea", "rice", "bao", "mochi", "panda", "tiger", "ocean",
    ];

    public static readonly string[] EnglishFirstNames = ["Mia", "Leo", "Amy", "Jay", "Luna", "Max", "Ivy", "Sam", "Nina", "Ben", "Grace", "Eric", "Chloe", "Kevin"];

    public static readonly string[] EnglishLastNames = ["Chen", "Lin", "Wang", "Huang", "Lee", "Tan", "Wu", "Smith", "Garcia", "Nguyen", "Kim", "Tsai"];

    public static readonly string[] ChineseNicknames = ["小美", "阿傑", "小雨", "阿凱", "小安", "貓奴日記", "吃貨一枚", "旅人", "小鹿", "阿寶", "糖糖", "大叔", "小鱼", "饭团"];

    public static readonly string[] Signatures =
    [
        "just vibes ✨", "food | travel | cats", "📍Taipei", "daily life, nothing serious", "business: see link",
        "生活記錄 🌿", "愛吃愛玩", "分享日常", "合作請私訊", "记录生活", "喜欢就关注吧", "",
    ];

    public static readonly string[] SongWords =
    [
        "Summer", "Midnight", "Dreams", "Neon", "Heart", "River", "Golden", "Lights", "City", "Echo", "Waves", "Forever",
        "夜空", "晴天", "告白", "星光", "微風", "遠方",
    ];

    public static readonly (string Id, string Name)[] Effects =
    [
        ("1173240", "Green Screen"), ("1062851", "Glow Skin"), ("1248893", "Time Warp Scan"), ("1193321", "Slow Zoom"),
        ("1320045", "Retro VHS"), ("1299812", "Bling"), ("1075508", "Split Screen"), ("1354410", "Anime Style"),
        ("1211897", "Big Head"), ("1288341", "Sparkle Eyes"), ("1145676", "Tear Drop"), ("1337001", "Teenage Look"),
    ];

    public static readonly string[] VoiceLines =
    [
        "okay so today we are going to try something new", "guys you have to try this", "I can't believe this actually worked",
        "大家好 今天要跟大家分享", "真的超好吃 你們一定要來", "大家好 今天给大家分享一下",
    ];

    public static readonly (string Name, string City, string Region)[] Places =
    [
        ("Sunrise Café 日昇咖啡", "Taichung", "TW"), ("Harbour View Park 港景公園", "Kaohsiung", "TW"), ("Old Street 老街", "Tainan", "TW"),
        ("Maple Mall 楓葉廣場", "Taipei", "TW"), ("Bamboo Lake Trail 竹湖步道", "Hsinchu", "TW"), ("Pearl Bay 珍珠灣", "Hong Kong", "HK"),
        ("Garden Square", "Singapore", "SG"), ("Riverside Walk", "Kuala Lumpur", "MY"), ("Union Market", "Los Angeles", "US"),
    ];

    public static readonly string[] EnglishRegions = ["US", "GB", "SG", "MY", "PH", "AU", "CA"];

    public static readonly string[] TraditionalRegions = ["TW", "TW", "TW", "HK"];

    public static readonly string[] SimplifiedRegions = ["SG", "MY", "HK"];

    /// <summary>Relative posting activity by local hour (UTC+8): low at night, peaking in the evening.</summary>
    public static readonly double[] HourWeights =
    [
        3, 1.5, 1, 0.6, 0.5, 0.6, 1.2, 2.5, 3, 3, 3, 3.5, 5, 4, 3.5, 3.5, 4, 5, 6.5, 8, 9, 9.5, 8, 6,
    ];

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static string Caption(Random random, CaptionLanguage language) => language switch
    {
        CaptionLanguage.English => Pick(random, EnglishCaptions),
        CaptionLanguage.TraditionalChinese => Pick(random, TraditionalCaptions),
        _ => Pick(random, SimplifiedCaptions),
    };
}
