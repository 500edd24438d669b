namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Which store customer an imported Amazon order belongs to.
/// </summary>
public enum CustomerMappingMode
{
    /// <summary>One guest customer per buyer e-mail (Amazon's anonymised relay address).</summary>
    GuestPerBuyerEmail = 10,

    /// <summary>Every Amazon order goes to one shared "Amazon" customer.</summary>
    SharedCustomer = 20
}
