namespace Nop.Core.Configuration;

/// <summary>Marker of a settings class stored by ISettingService.</summary>
public partial interface ISettings;
