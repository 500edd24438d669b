namespace FluentMigrator.Builders.Create.Index
{
    /// <summary>Declared minimally (no InSchema).</summary>
    public interface ICreateIndexOnColumnOrInSchemaSyntax : ICreateIndexOnColumnSyntax
    {
    }
}
