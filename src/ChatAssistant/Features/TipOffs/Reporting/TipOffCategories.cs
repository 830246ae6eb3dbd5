namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>The kinds of report, in the order residents see them numbered (issue 6, point 1).</summary>
public static class TipOffCategories
{
    public static IReadOnlyList<TipOffCategory> All { get; } =
    [
        new("drugs", ["ma tuy", "hut chich", "thuoc lac", "ke", "heroin", "buon ma tuy", "ban ma tuy", "chat cam", "bay lac"]),
        new("theft", ["trom", "trom cap", "cuop", "cuop giat", "giat", "mat trom", "mat cap", "ke trom", "bi trom", "trom xe",
            "mat xe", "bi mat xe", "lay trom", "bi lay mat", "mat dien thoai", "giat dien thoai", "giat tui", "bi giat",
            // "bị mất chiếc Wave để ngoài sân", "mất con SH": a vehicle named by its make.
            "mat chiec xe", "mat con xe", "mat con sh", "mat chiec sh", "mat chiec wave", "mat chiec vision", "mat chiec dream",
            "mat chiec exciter", "mat chiec air blade"]),
        new("gambling", ["co bac", "danh bac", "ca do", "lo de", "xoc dia", "danh bai", "danh de", "bac"]),
        new("disorder", ["danh nhau", "gay roi", "gay mat trat tu", "tu tap", "hanh hung", "au da", "chem nhau", "mat trat tu", "on ao", "gay go"]),
        new("domestic-violence", ["bao luc gia dinh", "danh vo", "danh chong", "danh con", "bao hanh", "bao luc"]),
        new("online-fraud", ["lua dao", "lua dao qua mang", "lua dao qua dien thoai", "chiem doat", "gia danh", "lua", "bi lua", "scam", "xung la", "tu xung",
            "bat chuyen tien", "bat chuyen khoan", "yeu cau chuyen tien", "yeu cau toi chuyen"]),
        new("traffic", ["giao thong", "dua xe", "lang lach", "vi pham giao thong", "say ruou lai xe", "tai nan", "dua xe trai phep"]),
        new("fire", ["chay", "no", "chay no", "hoa hoan", "chay nha", "phao", "vat lieu no"]),
        new("other", ["khac", "viec khac", "loai khac"]),
    ];

    public static TipOffCategory? Find(string? code) => All.FirstOrDefault(c => c.Code == code);
}
