using System.Linq.Expressions;
using LinqToDB;
using LinqToDB.Data;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Data;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Data;

/// <summary>
/// nopCommerce's repository contract over the test database. Caching arguments are accepted and ignored (there is no
/// cache here); queries run as SQL through linq2db. Calls are serialised on one connection, as one in-memory database is shared.
/// </summary>
public sealed class SqliteRepository<TEntity> : IRepository<TEntity> where TEntity : BaseEntity
{
    private readonly TestDatabase _database;

    public SqliteRepository(TestDatabase database)
    {
        _database = database;
    }

    public IQueryable<TEntity> Table => _database.QueryConnection.GetTable<TEntity>();

    public Task<TEntity> GetByIdAsync(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true, bool useShortTermCache = false) =>
        RunAsync(db => db.GetTable<TEntity>().Where(entity => entity.Id == id).FirstOrDefaultLinqAsync())!;

    public async Task<IList<TEntity>> GetByIdsAsync(IList<int> ids, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true)
    {
        var found = await RunAsync(db => db.GetTable<TEntity>().Where(entity => ids.Contains(entity.Id)).ToListLinqAsync());
        var byId = found.ToDictionary(entity => entity.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    public async Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null!, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) =>
        await RunAsync(db => (func?.Invoke(db.GetTable<TEntity>()) ?? db.GetTable<TEntity>()).ToListLinqAsync());

    public async Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func = null!, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) =>
        await RunAsync(async db => await (func is null ? db.GetTable<TEntity>() : await func(db.GetTable<TEntity>())).ToListLinqAsync());

    public IList<TEntity> GetAll(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null!, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) =>
        GetAllAsync(func, getCacheKey, includeDeleted).GetAwaiter().GetResult();

    public async Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func, Func<ICacheKeyService, Task<CacheKey>> getCacheKey, bool includeDeleted = true) =>
        await GetAllAsync(func, (Func<ICacheKeyService, CacheKey>)null!, includeDeleted);

    public Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null!, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true) =>
        RunAsync(db => ToPagedAsync(func?.Invoke(db.GetTable<TEntity>()) ?? db.GetTable<TEntity>(), pageIndex, pageSize, getOnlyTotalCount));

    public Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, Task<IQueryable<TEntity>>> func = null!, int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true) =>
        RunAsync(async db => await ToPagedAsync(func is null ? db.GetTable<TEntity>() : await func(db.GetTable<TEntity>()), pageIndex, pageSize, getOnlyTotalCount));

    public Task InsertAsync(TEntity entity, bool publishEvent = true) =>
        RunAsync(async db => entity.Id = await db.InsertWithInt32IdentityAsync(entity));

    public void Insert(TEntity entity, bool publishEvent = true) => InsertAsync(entity, publishEvent).GetAwaiter().GetResult();

    public Task InsertAsync(IList<TEntity> entities, bool publishEvent = true) =>
        RunInTransactionAsync(async db =>
        {
            foreach (var entity in entities)
                entity.Id = await db.InsertWithInt32IdentityAsync(entity);
        });

    public void Insert(IList<TEntity> entities, bool publishEvent = true) => InsertAsync(entities, publishEvent).GetAwaiter().GetResult();

    public Task UpdateAsync(TEntity entity, bool publishEvent = true) => RunAsync(db => db.UpdateAsync(entity));

    public void Update(TEntity entity, bool publishEvent = true) => UpdateAsync(entity, publishEvent).GetAwaiter().GetResult();

    public Task UpdateAsync(IList<TEntity> entities, bool publishEvent = true) =>
        RunInTransactionAsync(async db =>
        {
            foreach (var entity in entities)
                await db.UpdateAsync(entity);
        });

    public void Update(IList<TEntity> entities, bool publishEvent = true) => UpdateAsync(entities, publishEvent).GetAwaiter().GetResult();

    public Task DeleteAsync(TEntity entity, bool publishEvent = true) => RunAsync(db => db.DeleteAsync(entity));

    public void Delete(TEntity entity, bool publishEvent = true) => DeleteAsync(entity, publishEvent).GetAwaiter().GetResult();

    public Task DeleteAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        var ids = entities.Select(entity => entity.Id).ToList();
        return RunAsync(db => db.GetTable<TEntity>().Where(entity => ids.Contains(entity.Id)).DeleteAsync());
    }

    public void Delete(IList<TEntity> entities, bool publishEvent = true) => DeleteAsync(entities, publishEvent).GetAwaiter().GetResult();

    public Task<int> DeleteAsync(Expression<Func<TEntity, bool>> predicate) =>
        RunAsync(db => db.GetTable<TEntity>().Where(predicate).DeleteAsync());

    public int Delete(Expression<Func<TEntity, bool>> predicate) => DeleteAsync(predicate).GetAwaiter().GetResult();

    public TEntity GetById(int? id, Func<ICacheKeyService, CacheKey> getCacheKey = null!, bool includeDeleted = true) =>
        GetByIdAsync(id, getCacheKey, includeDeleted).GetAwaiter().GetResult();

    public Task<TEntity> LoadOriginalCopyAsync(TEntity entity) =>
        RunAsync(db => db.GetTable<TEntity>().Where(stored => stored.Id == entity.Id).FirstOrDefaultLinqAsync())!;

    public Task TruncateAsync(bool resetIdentity = false) => RunAsync(db => db.GetTable<TEntity>().DeleteAsync());

    private static async Task<IPagedList<TEntity>> ToPagedAsync(IQueryable<TEntity> query, int pageIndex, int pageSize, bool getOnlyTotalCount)
    {
        var total = await LinqToDB.Async.AsyncExtensions.CountAsync(query);
        if (getOnlyTotalCount)
            return new PagedList<TEntity>(new List<TEntity>(), pageIndex, pageSize, total);

        var page = await query.Skip(pageIndex * pageSize).Take(pageSize).ToListLinqAsync();
        return new PagedList<TEntity>(page, pageIndex, pageSize, total);
    }

    private async Task<T> RunAsync<T>(Func<DataConnection, Task<T>> action)
    {
        await _database.Lock.WaitAsync();
        try
        {
            return await action(_database.OperationConnection);
        }
        finally
        {
            _database.Lock.Release();
        }
    }

    private Task RunAsync(Func<DataConnection, Task> action) => RunAsync(async db =>
    {
        await action(db);
        return true;
    });

    private Task RunInTransactionAsync(Func<DataConnection, Task> action) => RunAsync(async db =>
    {
        await using var transaction = await db.BeginTransactionAsync();
        await action(db);
        await transaction.CommitAsync();
    });
}

/// <summary>
/// linq2db's async query operators, named apart from .NET 10's System.Linq.AsyncEnumerable ones that would otherwise
/// make the calls ambiguous.
/// </summary>
internal static class LinqToDbQueryExtensions
{
    public static async Task<IList<T>> ToListLinqAsync<T>(this IQueryable<T> query) => await LinqToDB.Async.AsyncExtensions.ToListAsync(query);

    public static Task<T> FirstOrDefaultLinqAsync<T>(this IQueryable<T> query) => LinqToDB.Async.AsyncExtensions.FirstOrDefaultAsync(query)!;
}
