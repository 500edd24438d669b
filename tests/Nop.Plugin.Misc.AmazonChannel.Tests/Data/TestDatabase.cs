using System.Linq.Expressions;
using System.Reflection;
using FluentMigrator.Runner;
using LinqToDB;
using LinqToDB.Data;
using LinqToDB.DataProvider.SQLite;
using LinqToDB.Mapping;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Data;
using Nop.Plugin.Misc.AmazonChannel.Data.Mapping;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Data;

/// <summary>
/// A real embedded database for the plugin's own tables: SQLite in memory, schema created by the plugin's own
/// FluentMigrator migrations, and nopCommerce's <see cref="IRepository{TEntity}"/> contract served through linq2db,
/// as nopCommerce's own tests do. Table names come from the plugin's name compatibility map.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection _keepAlive;
    private readonly ServiceProvider _migrationServices;
    private readonly MappingSchema _mappingSchema;
    private readonly Lazy<DataConnection> _queryConnection;
    private readonly Lazy<DataConnection> _operationConnection;

    public TestDatabase(bool migrate = true)
    {
        ConnectionString = $"Data Source=amazonchannel-{Guid.NewGuid():N};Mode=Memory;Cache=Shared;Foreign Keys=True";

        // An in-memory SQLite database lives as long as one connection to it is open.
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();

        _migrationServices = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner => runner
                .AddSQLite()
                .WithGlobalConnectionString(ConnectionString)
                .ScanIn(typeof(SchemaMigration).Assembly).For.Migrations())
            .BuildServiceProvider(validateScopes: false);

        _mappingSchema = BuildMappingSchema();
        Lock = new SemaphoreSlim(1, 1);
        _queryConnection = new Lazy<DataConnection>(OpenConnection);
        _operationConnection = new Lazy<DataConnection>(OpenConnection);

        if (migrate)
            MigrateUp();
    }

    public string ConnectionString { get; }

    internal SemaphoreSlim Lock { get; }

    /// <summary>The connection behind <see cref="IRepository{TEntity}.Table"/> queries, kept for the database's lifetime.</summary>
    internal DataConnection QueryConnection => _queryConnection.Value;

    /// <summary>The connection repository operations run on (one at a time, under <see cref="Lock"/>).</summary>
    internal DataConnection OperationConnection => _operationConnection.Value;

    public void MigrateUp()
    {
        using var scope = _migrationServices.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }

    public void MigrateDown()
    {
        using var scope = _migrationServices.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateDown(0);
    }

    public IRepository<TEntity> GetRepository<TEntity>() where TEntity : BaseEntity => new SqliteRepository<TEntity>(this);

    public DataConnection OpenConnection()
    {
        var options = new DataOptions()
            .UseConnectionString(SQLiteTools.GetDataProvider(SQLiteProvider.Microsoft), ConnectionString)
            .UseMappingSchema(_mappingSchema);
        return new DataConnection(options);
    }

    /// <summary>Names of the tables that exist now (SQLite's own catalogue).</summary>
    public IReadOnlyList<string> GetTableNames()
    {
        using var command = _keepAlive.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>Names of the indexes on a table, with whether each is unique.</summary>
    public IReadOnlyDictionary<string, bool> GetIndexes(string table)
    {
        using var command = _keepAlive.CreateCommand();
        command.CommandText = $"PRAGMA index_list(\"{table}\")";
        using var reader = command.ExecuteReader();
        var indexes = new Dictionary<string, bool>();
        while (reader.Read())
            indexes[reader.GetString(1)] = reader.GetInt64(2) == 1;
        return indexes;
    }

    public void Dispose()
    {
        if (_queryConnection.IsValueCreated)
            _queryConnection.Value.Dispose();
        if (_operationConnection.IsValueCreated)
            _operationConnection.Value.Dispose();
        _migrationServices.Dispose();
        _keepAlive.Dispose();
        Lock.Dispose();
    }

    private static MappingSchema BuildMappingSchema()
    {
        var schema = new MappingSchema();
        var builder = new FluentMappingBuilder(schema);
        var configure = typeof(TestDatabase).GetMethod(nameof(ConfigureEntity), BindingFlags.NonPublic | BindingFlags.Static)!;

        foreach (var (entityType, tableName) in new AmazonChannelNameCompatibility().TableNames)
            configure.MakeGenericMethod(entityType).Invoke(null, [builder, tableName]);

        builder.Build();
        return schema;
    }

    private static void ConfigureEntity<TEntity>(FluentMappingBuilder builder, string tableName) where TEntity : BaseEntity
    {
        var entity = builder.Entity<TEntity>().HasTableName(tableName);
        foreach (var property in typeof(TEntity).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var parameter = Expression.Parameter(typeof(TEntity), "entity");
            var access = Expression.Lambda<Func<TEntity, object?>>(
                Expression.Convert(Expression.Property(parameter, property), typeof(object)), parameter);

            if (!EntityColumnRules.IsColumn(property))
                entity.Property(access).IsNotColumn();
            else if (property.Name == nameof(BaseEntity.Id))
                entity.Property(access).IsPrimaryKey().IsIdentity();
            else
                entity.Property(access).IsColumn().IsNullable(!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null);
        }
    }
}
