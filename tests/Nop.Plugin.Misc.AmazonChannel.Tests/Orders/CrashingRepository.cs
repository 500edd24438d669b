using System.Linq.Expressions;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>A plugin-table repository on the test database that reports each write to a <see cref="CrashPlan"/> before doing it.</summary>
public sealed class CrashingRepository<TEntity>(TestDatabase database, CrashPlan plan) : IRepository<TEntity> where TEntity : BaseEntity
{
    private readonly string _name = typeof(TEntity).Name;
    private readonly IRepository<TEntity> _inner = database.GetRepository<TEntity>();

    public IQueryable<TEntity> Table => _inner.Table;

    public Task<TEntity> GetByIdAsync(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true, bool useShortTermCache = false) => _inner.GetByIdAsync(id, getCacheKey, includeDeleted, useShortTermCache);
    public TEntity GetById(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) => _inner.GetById(id, getCacheKey, includeDeleted);
    public Task<IList<TEntity>> GetByIdsAsync(IList<int> ids, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) => _inner.GetByIdsAsync(ids, getCacheKey, includeDeleted);
    public Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null!, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) => _inner.GetAllAsync(func, getCacheKey, includeDeleted);
    public Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func = null!, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) => _inner.GetAllAsync(func, getCacheKey, includeDeleted);
    public IList<TEntity> GetAll(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null!, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) => _inner.GetAll(func, getCacheKey, includeDeleted);
    public Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func, Func<ICacheKeyService, Task<CacheKey>> getCacheKey, bool includeDeleted = true) => _inner.GetAllAsync(func, getCacheKey, includeDeleted);
    public Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null!, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true) => _inner.GetAllPagedAsync(func, pageIndex, pageSize, getOnlyTotalCount, includeDeleted);
    public Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func = null!, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true) => _inner.GetAllPagedAsync(func, pageIndex, pageSize, getOnlyTotalCount, includeDeleted);
    public Task<TEntity> LoadOriginalCopyAsync(TEntity entity) => _inner.LoadOriginalCopyAsync(entity);

    public Task InsertAsync(TEntity entity, bool publishEvent = true) { plan.Step($"insert {_name}"); return _inner.InsertAsync(entity, publishEvent); }
    public void Insert(TEntity entity, bool publishEvent = true) { plan.Step($"insert {_name}"); _inner.Insert(entity, publishEvent); }
    public Task InsertAsync(IList<TEntity> entities, bool publishEvent = true) { plan.Step($"insert {_name}s"); return _inner.InsertAsync(entities, publishEvent); }
    public void Insert(IList<TEntity> entities, bool publishEvent = true) { plan.Step($"insert {_name}s"); _inner.Insert(entities, publishEvent); }
    public Task UpdateAsync(TEntity entity, bool publishEvent = true) { plan.Step($"update {_name}"); return _inner.UpdateAsync(entity, publishEvent); }
    public void Update(TEntity entity, bool publishEvent = true) { plan.Step($"update {_name}"); _inner.Update(entity, publishEvent); }
    public Task UpdateAsync(IList<TEntity> entities, bool publishEvent = true) { plan.Step($"update {_name}s"); return _inner.UpdateAsync(entities, publishEvent); }
    public void Update(IList<TEntity> entities, bool publishEvent = true) { plan.Step($"update {_name}s"); _inner.Update(entities, publishEvent); }
    public Task DeleteAsync(TEntity entity, bool publishEvent = true) { plan.Step($"delete {_name}"); return _inner.DeleteAsync(entity, publishEvent); }
    public void Delete(TEntity entity, bool publishEvent = true) { plan.Step($"delete {_name}"); _inner.Delete(entity, publishEvent); }
    public Task DeleteAsync(IList<TEntity> entities, bool publishEvent = true) { plan.Step($"delete {_name}s"); return _inner.DeleteAsync(entities, publishEvent); }
    public void Delete(IList<TEntity> entities, bool publishEvent = true) { plan.Step($"delete {_name}s"); _inner.Delete(entities, publishEvent); }
    public Task<int> DeleteAsync(Expression<Func<TEntity, bool>> predicate) { plan.Step($"delete {_name}s"); return _inner.DeleteAsync(predicate); }
    public int Delete(Expression<Func<TEntity, bool>> predicate) { plan.Step($"delete {_name}s"); return _inner.Delete(predicate); }
    public Task TruncateAsync(bool resetIdentity = false) { plan.Step($"truncate {_name}"); return _inner.TruncateAsync(resetIdentity); }
}
