namespace Nop.Core.Domain.Common;

/// <summary>An entity that is flagged as deleted rather than removed.</summary>
public partial interface ISoftDeletedEntity
{
    bool Deleted { get; set; }
}
