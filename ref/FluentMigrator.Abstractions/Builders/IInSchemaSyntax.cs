using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders
{
    /// <summary>Names the schema of the expression (declared minimally).</summary>
    public interface IInSchemaSyntax : IFluentSyntax
    {
    }
}
