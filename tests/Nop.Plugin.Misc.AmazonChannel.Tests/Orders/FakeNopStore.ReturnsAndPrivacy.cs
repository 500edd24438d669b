using Moq;
using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// The fake store's return requests (nopCommerce's stock reasons and actions) and what the buyer-data erasure needs
/// (customer roles, address updates, note deletion).
/// </summary>
public sealed partial class FakeNopStore
{
    public List<ReturnRequest> ReturnRequests { get; } = [];
    public List<ReturnRequestReason> ReturnReasons { get; } =
    [
        new() { Id = 1, Name = "Received Wrong Product", DisplayOrder = 1 },
        new() { Id = 2, Name = "Wrong Product Ordered", DisplayOrder = 2 },
        new() { Id = 3, Name = "There Was A Problem With The Product", DisplayOrder = 3 }
    ];
    public List<ReturnRequestAction> ReturnActions { get; } =
    [
        new() { Id = 1, Name = "Repair", DisplayOrder = 1 },
        new() { Id = 2, Name = "Replacement", DisplayOrder = 2 },
        new() { Id = 3, Name = "Store Credit", DisplayOrder = 3 }
    ];

    /// <summary>Customers that are registered (the rest are guests).</summary>
    public HashSet<int> RegisteredCustomerIds { get; } = [];

    public Mock<IReturnRequestService> ReturnRequestService { get; } = new();

    private void BuildReturnsAndPrivacyMocks()
    {
        ReturnRequestService.Setup(s => s.GetAllReturnRequestReasonsAsync()).ReturnsAsync(() => ReturnReasons.ToList());
        ReturnRequestService.Setup(s => s.GetAllReturnRequestActionsAsync()).ReturnsAsync(() => ReturnActions.ToList());
        ReturnRequestService.Setup(s => s.InsertReturnRequestAsync(It.IsAny<ReturnRequest>())).Returns((ReturnRequest request) => Write("insert ReturnRequest", () =>
        {
            request.Id = NextId();
            ReturnRequests.Add(request);
        }));
        ReturnRequestService.Setup(s => s.UpdateReturnRequestAsync(It.IsAny<ReturnRequest>())).Returns((ReturnRequest _) => Write("update ReturnRequest", () => { }));
        ReturnRequestService.Setup(s => s.GetReturnRequestByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Locked(() => ReturnRequests.FirstOrDefault(r => r.Id == id))!);
        ReturnRequestService.Setup(s => s.SearchReturnRequestsAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<string>(),
                It.IsAny<ReturnRequestStatus?>(), It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<bool>()))
            .ReturnsAsync((int storeId, int customerId, int orderItemId, string customNumber, ReturnRequestStatus? _, DateTime? _, DateTime? _, int _, int _, bool _) =>
                (IPagedList<ReturnRequest>)new PagedList<ReturnRequest>(Locked(() => ReturnRequests.Where(r =>
                    (storeId == 0 || r.StoreId == storeId) && (customerId == 0 || r.CustomerId == customerId) && (orderItemId == 0 || r.OrderItemId == orderItemId)
                    && (string.IsNullOrEmpty(customNumber) || r.CustomNumber == customNumber)).ToList()), 0, int.MaxValue));

        CustomerService.Setup(s => s.IsRegisteredAsync(It.IsAny<Customer>(), It.IsAny<bool>())).ReturnsAsync((Customer c, bool _) => RegisteredCustomerIds.Contains(c.Id));
        CustomerService.Setup(s => s.IsGuestAsync(It.IsAny<Customer>(), It.IsAny<bool>())).ReturnsAsync((Customer c, bool _) => !RegisteredCustomerIds.Contains(c.Id));
        CustomerService.Setup(s => s.GetAddressesByCustomerIdAsync(It.IsAny<int>())).ReturnsAsync((int id) =>
        {
            var customer = Locked(() => Customers.FirstOrDefault(c => c.Id == id));
            return (IList<Address>)Locked(() => Addresses.Where(a => customer is not null && (a.Id == customer.BillingAddressId || a.Id == customer.ShippingAddressId)).ToList());
        });
        AddressService.Setup(s => s.UpdateAddressAsync(It.IsAny<Address>())).Returns((Address _) => Write("update Address", () => { }));
        OrderService.Setup(s => s.DeleteOrderNoteAsync(It.IsAny<OrderNote>())).Returns((OrderNote note) => Write("delete OrderNote", () =>
        {
            OrderNotes.Remove(note);
            if (_notesByOrder.TryGetValue(note.OrderId, out var notes))
                notes.Remove(note);
        }));
    }
}
