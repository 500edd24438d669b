namespace Nop.Core.Domain.Catalog;

/// <summary>When a downloadable product becomes available.</summary>
public enum DownloadActivationType
{
    WhenOrderIsPaid = 0,

    Manually = 10,
}
