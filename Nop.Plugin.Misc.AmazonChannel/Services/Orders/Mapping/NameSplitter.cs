namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>
/// Amazon gives one full name; nopCommerce keeps first and last names apart. The last word is the last name.
/// </summary>
public static class NameSplitter
{
    public static (string? FirstName, string? LastName) Split(string? fullName)
    {
        var parts = (fullName ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            0 => (null, null),
            1 => (parts[0], null),
            _ => (string.Join(' ', parts[..^1]), parts[^1])
        };
    }
}
