namespace FluentMigrator.Builders
{
    /// <summary>Result of Delete.Table (declared minimally).</summary>
    public interface IIfExistsOrInSchemaSyntax : IInSchemaSyntax
    {
    }
}
