using Nop.Core;
using Nop.Core.Domain.Orders;

namespace Nop.Services.Orders;

/// <summary>Return request service (stand-in: a subset of the members).</summary>
public partial interface IReturnRequestService
{
    Task UpdateReturnRequestAsync(ReturnRequest returnRequest);

    Task<ReturnRequest> GetReturnRequestByIdAsync(int returnRequestId);

    Task<IPagedList<ReturnRequest>> SearchReturnRequestsAsync(int storeId = 0, int customerId = 0,
        int orderItemId = 0, string customNumber = "", ReturnRequestStatus? rs = null, DateTime? createdFromUtc = null,
        DateTime? createdToUtc = null, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false);

    Task<IList<ReturnRequestAction>> GetAllReturnRequestActionsAsync();

    Task InsertReturnRequestAsync(ReturnRequest returnRequest);

    Task<IList<ReturnRequestReason>> GetAllReturnRequestReasonsAsync();
}
