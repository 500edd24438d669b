namespace Nop.Core.Domain.Common;

/// <summary>An entity with its own meta tags.</summary>
public partial interface IMetaTagsSupported
{
    public string MetaKeywords { get; set; }

    public string MetaDescription { get; set; }

    public string MetaTitle { get; set; }
}
