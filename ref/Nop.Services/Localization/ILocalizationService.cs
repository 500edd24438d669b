namespace Nop.Services.Localization;

/// <summary>Localization service (stand-in: a subset of the members).</summary>
public partial interface ILocalizationService
{
    Task<string> GetResourceAsync(string resourceKey);

    Task<string> GetResourceAsync(string resourceKey, int languageId,
        bool logIfNotFound = true, string defaultValue = "", bool returnEmptyIfNotFound = false);

    Task<string> GetLocalizedEnumAsync<TEnum>(TEnum enumValue, int? languageId = null) where TEnum : struct;

    /// <summary>Adds or updates one resource; a null culture means every language.</summary>
    Task AddOrUpdateLocaleResourceAsync(string resourceName, string resourceValue, string languageCulture = null);

    /// <summary>Adds or updates resources; a null language means every language.</summary>
    Task AddOrUpdateLocaleResourceAsync(IDictionary<string, string> resources, int? languageId = null);

    Task DeleteLocaleResourceAsync(string resourceName);

    Task DeleteLocaleResourcesAsync(IList<string> resourceNames, int? languageId = null);

    /// <summary>Deletes the resources whose names start with the prefix.</summary>
    Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null);
}
