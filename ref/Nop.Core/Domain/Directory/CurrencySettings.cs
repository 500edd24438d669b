using Nop.Core.Configuration;

namespace Nop.Core.Domain.Directory;

/// <summary>Currency settings (stand-in: all stock 4.90 properties).</summary>
public partial class CurrencySettings : ISettings
{
    public bool DisplayCurrencyLabel { get; set; }

    public int PrimaryStoreCurrencyId { get; set; }

    public int PrimaryExchangeRateCurrencyId { get; set; }

    public string ActiveExchangeRateProviderSystemName { get; set; }

    public bool AutoUpdateEnabled { get; set; }

    public bool DisplayCurrencySymbolInCurrencySelector { get; set; }
}
