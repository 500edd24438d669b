using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Create.Index
{
    /// <summary>Names the table of a new index.</summary>
    public interface ICreateIndexForTableSyntax : IFluentSyntax
    {
        ICreateIndexOnColumnOrInSchemaSyntax OnTable(string tableName);
    }
}
