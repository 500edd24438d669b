namespace Nop.Data.Migrations;

/// <summary>Kind of an update migration; the value is added to the migration version.</summary>
public enum UpdateMigrationType
{
    Data = 5,
    Localization = 10,
    Settings = 15
}
