using System.Text;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>
/// Text from Amazon (a buyer's gift message, PO number, gift wrap level) made safe for an order note. nopCommerce's
/// admin encodes notes when it shows them, but e-mail templates, exports and other plugins may print them raw: angle
/// brackets become the look-alike ‹ ›, so no markup can come from a buyer, without the "&amp;amp;" an encoding would
/// show in the admin. Control characters become spaces (line breaks stay), and the text is cut at 1,000 characters.
/// </summary>
public static class NoteText
{
    public const int MaxLength = 1000;

    public static string Safe(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;

        var safe = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text.Trim())
        {
            if (safe.Length == MaxLength)
                break;
            safe.Append(c switch
            {
                '<' => '‹',
                '>' => '›',
                '\n' => '\n',
                _ when char.IsControl(c) => ' ',
                _ => c
            });
        }

        return safe.ToString();
    }
}
