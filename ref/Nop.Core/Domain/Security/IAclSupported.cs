namespace Nop.Core.Domain.Security;

/// <summary>An entity that can be restricted to customer roles.</summary>
public partial interface IAclSupported
{
    bool SubjectToAcl { get; set; }
}
