using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Delete
{
    /// <summary>Starting point of Delete expressions (only Table).</summary>
    public interface IDeleteExpressionRoot : IFluentSyntax
    {
        IIfExistsOrInSchemaSyntax Table(string tableName);
    }
}
