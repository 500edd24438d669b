namespace Nop.Core;

/// <summary>Base type of every nopCommerce entity.</summary>
public abstract partial class BaseEntity
{
    /// <summary>Entity identifier.</summary>
    public int Id { get; set; }
}
