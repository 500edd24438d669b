namespace Nop.Core.Domain.Seo;

/// <summary>Marker: the entity has SEO-friendly URLs.</summary>
public partial interface ISlugSupported;
