namespace AmazonSpApi.Emulator;

/// <summary>A product the emulated seller sells. Prices are in USD and scaled per marketplace.</summary>
public sealed record CatalogProduct(string Sku, string Asin, string Title, decimal BasePriceUsd, bool Customizable);

/// <summary>Fixed demo catalog and name lists used by the order generator.</summary>
public static class Catalog
{
    public static readonly IReadOnlyList<CatalogProduct> Products =
    [
        new("EMU-MUG-001", "B0EMU00001", "Ceramic Coffee Mug, 12 oz, Matte Black", 14.99m, true),
        new("EMU-TSHIRT-M-BLU", "B0EMU00002", "Organic Cotton T-Shirt, Medium, Blue", 19.50m, true),
        new("EMU-TSHIRT-L-RED", "B0EMU00003", "Organic Cotton T-Shirt, Large, Red", 19.50m, true),
        new("EMU-LAMP-DESK", "B0EMU00004", "LED Desk Lamp with USB Charging Port", 34.00m, false),
        new("EMU-BOTTLE-750", "B0EMU00005", "Insulated Steel Water Bottle 750 ml", 24.95m, true),
        new("EMU-NOTEBOOK-A5", "B0EMU00006", "Dotted Notebook A5, 160 pages", 9.99m, true),
        new("EMU-CABLE-USBC-2M", "B0EMU00007", "USB-C to USB-C Cable, 2 m, 100 W", 12.49m, false),
        new("EMU-BACKPACK-20L", "B0EMU00008", "Commuter Backpack 20 L, Water Resistant", 59.00m, false),
        new("EMU-PUZZLE-1000", "B0EMU00009", "Jigsaw Puzzle 1000 Pieces, Mountain Lake", 17.95m, false),
        new("EMU-CANDLE-VAN", "B0EMU00010", "Soy Wax Candle, Vanilla, 200 g", 15.00m, true),
        new("EMU-HEADPH-BT", "B0EMU00011", "Bluetooth Over-Ear Headphones, Noise Cancelling", 89.99m, false),
        new("EMU-YOGA-MAT", "B0EMU00012", "Non-Slip Yoga Mat 6 mm, Purple", 29.90m, false),
    ];

    internal static readonly string[] FirstNames = ["Alex", "Maria", "John", "Sophie", "Lukas", "Emma", "Hiro", "Olivia", "Mateo", "Chloé", "Noah", "Ava"];
    internal static readonly string[] LastNames = ["Smith", "Müller-Lüdenscheidt", "Garcia", "Johnson", "Dubois", "Rossi", "Tanaka", "Brown", "Schmidt", "Martin", "O'Neil", "Nguyen"];
    internal static readonly string[] Companies = ["Acme Office Supplies LLC", "Nordwind GmbH", "Blue Harbor Ltd", "Sakura Trading KK"];
    internal static readonly string[] GiftMessages = ["Happy birthday! Love, Sam", "Congratulations on the new job!", "Merry Christmas from all of us", "Thank you for everything ❤"];
    internal static readonly string[] BuyerCancelReasons = ["Order Created By Mistake", "Found cheaper somewhere else", "Delivery date too late", "Changed my mind"];
    internal static readonly string[] AmazonCancelReasons = ["Payment could not be authorized", "Order was flagged by fraud prevention", "Buyer account closed"];
}
