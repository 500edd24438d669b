namespace Nop.Core.Domain.Localization;

/// <summary>Marker: the entity has localized properties.</summary>
public partial interface ILocalizedEntity;
