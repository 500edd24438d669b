using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Core.Events;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Common;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// nopCommerce's services as Moq mocks over in-memory lists, with the database rules the import relies on (unique
/// order GUID). Every write reports to the <see cref="CrashPlan"/>. Test scaffolding only: real nopCommerce behaviour is
/// not reproduced beyond what the assertions need.
/// </summary>
public sealed partial class FakeNopStore
{
    private int _nextId = 1000;
    private readonly object _sync = new();

    public FakeNopStore(CrashPlan crashPlan)
    {
        Crash = crashPlan;
        Currencies.Add(new Currency { Id = 1, CurrencyCode = "USD", Rate = 1m, Published = true });
        Currencies.Add(new Currency { Id = 2, CurrencyCode = "EUR", Rate = 0.8m, Published = true });
        Countries.Add(new Country { Id = 1, TwoLetterIsoCode = "US", Name = "United States" });
        Countries.Add(new Country { Id = 2, TwoLetterIsoCode = "DE", Name = "Germany" });
        States.Add(new StateProvince { Id = 1, CountryId = 1, Abbreviation = "WA", Name = "Washington" });
        States.Add(new StateProvince { Id = 2, CountryId = 1, Abbreviation = "NY", Name = "New York" });
        Stores.Add(new Store { Id = 1, Name = "Test store", DefaultLanguageId = 1 });
        BuildMocks();
        Shipments = new Fulfillment.FakeShipments(crashPlan);
        BuildReturnsAndPrivacyMocks();
    }

    /// <summary>nopCommerce's shipments (the shipment flow's tests).</summary>
    public Fulfillment.FakeShipments Shipments { get; }

    public CrashPlan Crash { get; }

    public List<Order> Orders { get; } = [];
    public List<OrderItem> OrderItems { get; } = [];
    public List<OrderNote> OrderNotes { get; } = [];
    public List<Address> Addresses { get; } = [];
    public List<Customer> Customers { get; } = [];
    public List<Product> Products { get; } = [];
    public List<ProductAttributeCombination> Combinations { get; } = [];
    public List<Currency> Currencies { get; } = [];
    public List<Country> Countries { get; } = [];
    public List<StateProvince> States { get; } = [];
    public List<Store> Stores { get; } = [];
    public List<(int ProductId, int Quantity, string AttributesXml)> InventoryMoves { get; } = [];

    // Indexes over the lists above for the lookups the import makes per order (benchmarks import thousands).
    private readonly Dictionary<Guid, Order> _ordersByGuid = [];
    private readonly Dictionary<int, Order> _ordersById = [];
    private readonly Dictionary<int, List<OrderItem>> _itemsByOrder = [];
    private readonly Dictionary<int, List<OrderNote>> _notesByOrder = [];
    public ConcurrentQueue<object> PublishedEvents { get; } = new();
    public List<string> Warnings { get; } = [];

    /// <summary>Settings of a store of their own (multi-store configuration), by store ID.</summary>
    public Dictionary<int, AmazonChannelSettings> StoreSettings { get; } = [];

    /// <summary>Error log lines as nopCommerce stores them: the message and the exception's full text.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Every log line the plugin wrote (warnings and errors, with exception text).</summary>
    public IEnumerable<string> LogLines => Locked(() => Warnings.Concat(Errors).ToList());

    public CurrencySettings CurrencySettings { get; } = new() { PrimaryStoreCurrencyId = 1 };

    /// <summary>A fresh nopCommerce install completes orders when delivered, not when shipped.</summary>
    public OrderSettings OrderSettings { get; } = new() { CompleteOrderWhenDelivered = true };

    public Mock<IOrderService> OrderService { get; } = new();
    public Mock<IOrderProcessingService> OrderProcessingService { get; } = new();
    public Mock<IAddressService> AddressService { get; } = new();
    public Mock<ICustomerService> CustomerService { get; } = new();
    public Mock<IProductService> ProductService { get; } = new();
    public Mock<IProductAttributeService> ProductAttributeService { get; } = new();
    public Mock<ICountryService> CountryService { get; } = new();
    public Mock<IStateProvinceService> StateProvinceService { get; } = new();
    public Mock<ICurrencyService> CurrencyService { get; } = new();
    public Mock<IStoreContext> StoreContext { get; } = new();
    public Mock<IEventPublisher> EventPublisher { get; } = new();
    public Mock<ILogger> Logger { get; } = new();
    public Mock<ILocalizationService> LocalizationService { get; } = new();
    public Mock<IEncryptionService> EncryptionService { get; } = new();

    /// <summary>The admin's time zone for the admin pages' services (only resolved, not used by the import tests).</summary>
    public Mock<Nop.Services.Helpers.IDateTimeHelper> DateTimeHelper { get; } = new();
    public Mock<Nop.Services.Stores.IStoreService> StoreService { get; } = new();
    public InMemoryLocker Locker { get; } = new();

    /// <summary>
    /// Registers the store's services as nopCommerce registers its own for every plugin: the mocks, the currency
    /// settings. The locker is the host's choice (one per web node) and is not registered here.
    /// </summary>
    public void RegisterIn(IServiceCollection services)
    {
        services.AddSingleton(CurrencySettings);
        services.AddSingleton(OrderSettings);
        services.AddSingleton(OrderService.Object);
        services.AddSingleton(OrderProcessingService.Object);
        services.AddSingleton(AddressService.Object);
        services.AddSingleton(CustomerService.Object);
        services.AddSingleton(ProductService.Object);
        services.AddSingleton(ProductAttributeService.Object);
        services.AddSingleton(CountryService.Object);
        services.AddSingleton(StateProvinceService.Object);
        services.AddSingleton(CurrencyService.Object);
        services.AddSingleton(StoreContext.Object);
        services.AddSingleton(EventPublisher.Object);
        services.AddSingleton(Logger.Object);
        services.AddSingleton(LocalizationService.Object);
        services.AddSingleton(EncryptionService.Object);
        Shipments.RegisterIn(services);
        services.AddSingleton(ReturnRequestService.Object);
        services.AddSingleton(DateTimeHelper.Object);
        services.AddSingleton(StoreService.Object);
        // A store reads its own settings from StoreSettings when a test gives it some, otherwise the settings the host registered.
        services.AddSingleton<ISettingService>(provider =>
        {
            var settingService = new Mock<ISettingService>();
            settingService.Setup(s => s.LoadSettingAsync<AmazonChannelSettings>(It.IsAny<int>()))
                .ReturnsAsync((int storeId) => StoreSettings.TryGetValue(storeId, out var own) ? own : provider.GetRequiredService<AmazonChannelSettings>());
            return settingService.Object;
        });
    }

    public Product AddProduct(string sku, int stock = 100, decimal cost = 5m)
    {
        var product = new Product { Id = NextId(), Sku = sku, Name = "Product " + sku, StockQuantity = stock, ProductCost = cost, Weight = 1m, ManageInventoryMethod = ManageInventoryMethod.ManageStock };
        Products.Add(product);
        return product;
    }

    public ProductAttributeCombination AddCombination(Product product, string sku)
    {
        var combination = new ProductAttributeCombination { Id = NextId(), ProductId = product.Id, Sku = sku, AttributesXml = $"<Attributes><Variant>{sku}</Variant></Attributes>" };
        Combinations.Add(combination);
        return combination;
    }

    public IList<OrderItem> ItemsOf(Order order) => Locked(() => _itemsByOrder.TryGetValue(order.Id, out var items) ? items.ToList() : []);

    public IList<string> NotesOf(Order order) => Locked(() => _notesByOrder.TryGetValue(order.Id, out var notes) ? notes.Select(note => note.Note).ToList() : []);

    private int NextId() => Interlocked.Increment(ref _nextId);

    private Task Write(string step, Action action)
    {
        Crash.Step(step);
        lock (_sync)
            action();
        return Task.CompletedTask;
    }

    private void BuildMocks()
    {
        OrderService.Setup(s => s.GetOrderByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Locked(() => _ordersById.GetValueOrDefault(id))!);
        OrderService.Setup(s => s.GetOrderByGuidAsync(It.IsAny<Guid>())).ReturnsAsync((Guid guid) => Locked(() => _ordersByGuid.GetValueOrDefault(guid))!);
        OrderService.Setup(s => s.GetOrderByCustomOrderNumberAsync(It.IsAny<string>())).ReturnsAsync((string number) => Locked(() => Orders.FirstOrDefault(o => o.CustomOrderNumber == number))!);
        OrderService.Setup(s => s.InsertOrderAsync(It.IsAny<Order>())).Returns((Order order) => Write("insert Order", () =>
        {
            if (!_ordersByGuid.TryAdd(order.OrderGuid, order))
                throw new InvalidOperationException("Violation of UNIQUE KEY constraint 'AK_Order_OrderGuid'.");
            order.Id = NextId();
            Orders.Add(order);
            _ordersById[order.Id] = order;
        }));
        OrderService.Setup(s => s.UpdateOrderAsync(It.IsAny<Order>())).Returns((Order _) => Write("update Order", () => { }));
        OrderService.Setup(s => s.GetOrderItemsAsync(It.IsAny<int>(), It.IsAny<bool?>(), It.IsAny<bool?>(), It.IsAny<int>()))
            .ReturnsAsync((int orderId, bool? _, bool? _, int _) => ItemsOf(new Order { Id = orderId }));
        OrderService.Setup(s => s.InsertOrderItemAsync(It.IsAny<OrderItem>())).Returns((OrderItem item) => Write("insert OrderItem", () =>
        {
            // nopCommerce has no unique key on OrderItemGuid (checked on the real engine): a duplicate line is stored,
            // so only the tests' line counts can catch one.
            item.Id = NextId();
            OrderItems.Add(item);
            if (!_itemsByOrder.TryGetValue(item.OrderId, out var siblings))
                _itemsByOrder[item.OrderId] = siblings = [];
            siblings.Add(item);
        }));
        OrderService.Setup(s => s.DeleteOrderItemAsync(It.IsAny<OrderItem>())).Returns((OrderItem item) => Write("delete OrderItem", () =>
        {
            OrderItems.Remove(item);
            if (_itemsByOrder.TryGetValue(item.OrderId, out var siblings))
                siblings.Remove(item);
        }));
        OrderService.Setup(s => s.GetOrderNotesByOrderIdAsync(It.IsAny<int>(), It.IsAny<bool?>()))
            .ReturnsAsync((int orderId, bool? _) => Locked(() => (IList<OrderNote>)(_notesByOrder.TryGetValue(orderId, out var notes) ? notes.ToList() : [])));
        OrderService.Setup(s => s.InsertOrderNoteAsync(It.IsAny<OrderNote>())).Returns((OrderNote note) => Write("insert OrderNote", () =>
        {
            note.Id = NextId();
            OrderNotes.Add(note);
            if (!_notesByOrder.TryGetValue(note.OrderId, out var notes))
                _notesByOrder[note.OrderId] = notes = [];
            notes.Add(note);
        }));

        OrderProcessingService.Setup(s => s.CanCancelOrder(It.IsAny<Order>())).Returns((Order order) => order.OrderStatus != OrderStatus.Cancelled);
        // As nopCommerce's CancelOrderAsync: cancelled, and every line's quantity back into stock (its ReturnOrderStockAsync).
        OrderProcessingService.Setup(s => s.CancelOrderAsync(It.IsAny<Order>(), It.IsAny<bool>())).Returns((Order order, bool _) => Write("cancel Order", () =>
        {
            order.OrderStatus = OrderStatus.Cancelled;
            foreach (var item in _itemsByOrder.GetValueOrDefault(order.Id) ?? [])
            {
                if (Products.FirstOrDefault(p => p.Id == item.ProductId) is not { } product)
                    continue;
                product.StockQuantity += item.Quantity;
                InventoryMoves.Add((product.Id, item.Quantity, item.AttributesXml));
            }
        }));
        // The real one e-mails the customer (an Amazon buyer) on Processing and Complete: the plugin must never call it.
        OrderProcessingService.Setup(s => s.CheckOrderStatusAsync(It.IsAny<Order>()))
            .Throws(new InvalidOperationException("CheckOrderStatusAsync e-mails the Amazon buyer: the plugin must not call it"));

        AddressService.Setup(s => s.InsertAddressAsync(It.IsAny<Address>())).Returns((Address address) => Write("insert Address", () =>
        {
            address.Id = NextId();
            Addresses.Add(address);
        }));
        AddressService.Setup(s => s.GetAddressByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Locked(() => Addresses.FirstOrDefault(a => a.Id == id))!);

        CustomerService.Setup(s => s.GetCustomerByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Locked(() => Customers.FirstOrDefault(c => c.Id == id))!);
        CustomerService.Setup(s => s.GetCustomerByEmailAsync(It.IsAny<string>())).ReturnsAsync((string email) => Locked(() => Customers.FirstOrDefault(c => c.Email == email))!);
        CustomerService.Setup(s => s.InsertGuestCustomerAsync()).Returns(async () =>
        {
            var customer = new Customer { Active = true };
            await Write("insert Customer", () =>
            {
                customer.Id = NextId();
                Customers.Add(customer);
            });
            return customer;
        });
        CustomerService.Setup(s => s.UpdateCustomerAsync(It.IsAny<Customer>())).Returns((Customer _) => Write("update Customer", () => { }));

        ProductService.Setup(s => s.GetProductByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Locked(() => Products.FirstOrDefault(p => p.Id == id))!);
        ProductService.Setup(s => s.GetProductBySkuAsync(It.IsAny<string>())).ReturnsAsync((string sku) => Locked(() => Products.FirstOrDefault(p => p.Sku == sku && !p.Deleted))!);
        ProductService.Setup(s => s.AdjustInventoryAsync(It.IsAny<Product>(), It.IsAny<int>(), It.IsAny<string>(), It.IsAny<string>()))
            .Returns((Product product, int quantity, string attributesXml, string _) => Write("adjust inventory", () =>
            {
                product.StockQuantity += quantity;
                InventoryMoves.Add((product.Id, quantity, attributesXml));
            }));
        ProductAttributeService.Setup(s => s.GetProductAttributeCombinationBySkuAsync(It.IsAny<string>())).ReturnsAsync((string sku) => Locked(() => Combinations.FirstOrDefault(c => c.Sku == sku))!);
        ProductAttributeService.Setup(s => s.GetProductAttributeCombinationByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Locked(() => Combinations.FirstOrDefault(c => c.Id == id))!);

        CountryService.Setup(s => s.GetCountryByTwoLetterIsoCodeAsync(It.IsAny<string>())).ReturnsAsync((string code) => Countries.FirstOrDefault(c => string.Equals(c.TwoLetterIsoCode, code, StringComparison.OrdinalIgnoreCase))!);
        StateProvinceService.Setup(s => s.GetStateProvinceByAbbreviationAsync(It.IsAny<string>(), It.IsAny<int?>()))
            .ReturnsAsync((string abbreviation, int? countryId) => States.FirstOrDefault(s => s.Abbreviation == abbreviation && (countryId == null || s.CountryId == countryId))!);
        StateProvinceService.Setup(s => s.GetStateProvincesByCountryIdAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync((int countryId, int _, bool _) => (IList<StateProvince>)States.Where(s => s.CountryId == countryId).ToList());
        CurrencyService.Setup(s => s.GetCurrencyByCodeAsync(It.IsAny<string>())).ReturnsAsync((string code) => Currencies.FirstOrDefault(c => c.CurrencyCode == code)!);
        CurrencyService.Setup(s => s.GetCurrencyByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Currencies.FirstOrDefault(c => c.Id == id)!);

        StoreContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(() => Stores[0]);
        EventPublisher.Setup(p => p.PublishAsync(It.IsAny<object>())).Returns((object e) =>
        {
            PublishedEvents.Enqueue(e);
            return Task.CompletedTask;
        });
        // Secrets are stored as given: these tests are about the import, not about encryption.
        EncryptionService.Setup(e => e.EncryptText(It.IsAny<string>(), It.IsAny<string>())).Returns((string plain, string _) => plain);
        EncryptionService.Setup(e => e.DecryptText(It.IsAny<string>(), It.IsAny<string>())).Returns((string cipher, string _) => cipher);
        Logger.Setup(l => l.WarningAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>())).Returns((string message, Exception? exception, Customer _) =>
        {
            lock (_sync)
                Warnings.Add(message + exception);
            return Task.CompletedTask;
        });
        Logger.Setup(l => l.ErrorAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>())).Returns((string message, Exception? exception, Customer _) =>
        {
            lock (_sync)
                Errors.Add(message + exception);
            return Task.CompletedTask;
        });
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_sync)
            return read();
    }
}

/// <summary>nopCommerce's locker semantics on one node: a held resource makes other callers skip (return false).</summary>
public sealed class InMemoryLocker : ILocker
{
    private readonly ConcurrentDictionary<string, byte> _held = new();

    public async Task<bool> PerformActionWithLockAsync(string resource, TimeSpan expirationTime, Func<Task> action)
    {
        if (!_held.TryAdd(resource, 0))
            return false;
        try
        {
            await action();
            return true;
        }
        finally
        {
            _held.TryRemove(resource, out _);
        }
    }

    /// <summary>As nopCommerce's DistributedCacheLocker: a running key makes the call return without running the action.</summary>
    public async Task RunWithHeartbeatAsync(string key, TimeSpan expirationTime, TimeSpan heartbeatInterval, Func<CancellationToken, Task> action, CancellationTokenSource cancellationTokenSource = default!)
    {
        if (!_held.TryAdd(key, 0))
            return;
        try
        {
            HeartbeatRuns.Add((key, expirationTime, heartbeatInterval));
            await action(cancellationTokenSource?.Token ?? CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _held.TryRemove(key, out _);
        }
    }

    /// <summary>Every run with a heartbeat: its key, lock expiry and renewal interval.</summary>
    public ConcurrentBag<(string Key, TimeSpan Expiration, TimeSpan Heartbeat)> HeartbeatRuns { get; } = [];

    /// <summary>Holds a key as another node's running task would.</summary>
    public bool Hold(string key) => _held.TryAdd(key, 0);

    public void Release(string key) => _held.TryRemove(key, out _);

    public Task CancelTaskAsync(string key, TimeSpan expirationTime) => Task.CompletedTask;

    public Task<bool> IsTaskRunningAsync(string key) => Task.FromResult(_held.ContainsKey(key));
}
