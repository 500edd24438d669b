namespace Nop.Data.Migrations;

/// <summary>Migration defaults (stand-in: only the members NopMigrationAttribute uses).</summary>
public static partial class NopMigrationDefaults
{
    /// <summary>Accepted formats of a migration's date-time string.</summary>
    public static string[] DateFormats { get; } =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy.MM.dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss:fffffff", "yyyy.MM.dd HH:mm:ss:fffffff", "yyyy/MM/dd HH:mm:ss:fffffff"
    ];

    /// <summary>Description format of an update migration: {0} nopCommerce version, {1} update type.</summary>
    public static string UpdateMigrationDescription => "nopCommerce version {0}. Update {1}";
}
