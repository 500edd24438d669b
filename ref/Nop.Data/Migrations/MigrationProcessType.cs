namespace Nop.Data.Migrations;

/// <summary>The migration process a migration targets.</summary>
public enum MigrationProcessType
{
    NoMatter,
    Installation,
    Update
}
