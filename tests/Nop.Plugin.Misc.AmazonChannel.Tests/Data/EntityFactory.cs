using System.Reflection;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Data;

/// <summary>
/// Builds entities whose every column holds a distinct, non-default value, so a round trip shows each column survives.
/// Foreign keys to other plugin rows are left for the caller.
/// </summary>
public static class EntityFactory
{
    private static readonly HashSet<string> _foreignKeys = ["Id", "AccountId", "OrderLinkId"];

    public static TEntity Filled<TEntity>(int seed = 1) where TEntity : BaseEntity, new()
    {
        var entity = new TEntity();
        var counter = seed * 100;
        foreach (var property in EntityColumnRules.Columns(typeof(TEntity)).Where(p => !_foreignKeys.Contains(p.Name)))
            property.SetValue(entity, SampleValue(property, ++counter));

        return entity;
    }

    public static void AssertColumnsEqual<TEntity>(TEntity expected, TEntity actual) where TEntity : BaseEntity
    {
        Assert.That(actual, Is.Not.Null);
        Assert.Multiple(() =>
        {
            foreach (var property in EntityColumnRules.Columns(typeof(TEntity)))
                Assert.That(Normalize(property.GetValue(actual)), Is.EqualTo(Normalize(property.GetValue(expected))), $"{typeof(TEntity).Name}.{property.Name}");
        });
    }

    public static async Task<AmazonAccount> InsertAccountAsync(TestDatabase database, string sellerId = "A1SELLER")
    {
        var account = Filled<AmazonAccount>();
        account.SellerId = sellerId;
        await database.GetRepository<AmazonAccount>().InsertAsync(account);
        return account;
    }

    public static async Task<AmazonOrderLink> InsertOrderLinkAsync(TestDatabase database, int accountId, string amazonOrderId)
    {
        var link = Filled<AmazonOrderLink>();
        link.AccountId = accountId;
        link.AmazonOrderId = amazonOrderId;
        await database.GetRepository<AmazonOrderLink>().InsertAsync(link);
        return link;
    }

    private static object SampleValue(PropertyInfo property, int n)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type switch
        {
            _ when type == typeof(string) => $"{property.Name}-{n}",
            _ when type == typeof(int) => n,
            _ when type == typeof(long) => (long)n * 1_000_000_007L,
            _ when type == typeof(bool) => true,
            _ when type == typeof(decimal) => n + 0.1234m,
            _ when type == typeof(DateTime) => new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(n).AddMilliseconds(123),
            _ when type == typeof(Guid) => new Guid(n, 0, 0, new byte[8]),
            _ => throw new NotSupportedException($"No sample value for {property.DeclaringType?.Name}.{property.Name} ({type.Name})")
        };
    }

    private static object? Normalize(object? value) => value switch
    {
        DateTime date => date.Ticks,
        _ => value
    };
}
