using System.Globalization;
using System.Reflection;
using FluentMigrator.Runner.Infrastructure;
using Nop.Core;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.AmazonChannel.Data;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Architecture;

/// <summary>
/// The ref/ stand-in of nopCommerce's migration attribute: the version and description rules FluentMigrator's runner
/// sees, and the protected surface a derived attribute builds on.
/// </summary>
public class NopMigrationAttributeTests
{
    private static readonly long _ticks20240102030405 = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Unspecified).Ticks;

    [TestCase("2024-01-02 03:04:05", 0)]
    [TestCase("2024.01.02 03:04:05", 0)]
    [TestCase("2024/01/02 03:04:05", 0)]
    [TestCase("2024-01-02 03:04:05:1234567", 1234567)]
    [TestCase("2024.01.02 03:04:05:0000001", 1)]
    [TestCase("2024/01/02 03:04:05:0000100", 100)]
    public void Version_IsTheTicksOfTheDateTime_InEachAcceptedFormat(string dateTime, long extraTicks)
    {
        var attribute = new NopMigrationAttribute(dateTime, "a description");

        Assert.That(attribute.Version, Is.EqualTo(_ticks20240102030405 + extraTicks));
        Assert.That(attribute.Description, Is.EqualTo("a description"));
    }

    [Test]
    public void Version_IsParsedWithTheInvariantCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.DateTimeFormat.DateSeparator = "-";
        odd.DateTimeFormat.TimeSeparator = ".";
        try
        {
            CultureInfo.CurrentCulture = odd;

            Assert.That(new NopMigrationAttribute("2024/01/02 03:04:05", "d").Version, Is.EqualTo(_ticks20240102030405));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [TestCase(UpdateMigrationType.Data, 5, "Data")]
    [TestCase(UpdateMigrationType.Localization, 10, "Localization")]
    [TestCase(UpdateMigrationType.Settings, 15, "Settings")]
    public void UpdateMigration_AddsTheTypeToTheVersion_AndDerivesTheDescription(UpdateMigrationType type, long offset, string typeName)
    {
        var attribute = new NopMigrationAttribute("2024/01/02 03:04:05", "4.90.3", type, MigrationProcessType.Update);

        Assert.That(attribute.Version, Is.EqualTo(_ticks20240102030405 + offset));
        Assert.That(attribute.Description, Is.EqualTo($"nopCommerce version 4.90.3. Update {typeName}"));
        Assert.That(attribute.Description, Is.EqualTo(string.Format(NopMigrationDefaults.UpdateMigrationDescription, "4.90.3", typeName)));
        Assert.That(attribute.TargetMigrationProcess, Is.EqualTo(MigrationProcessType.Update));
    }

    [TestCase(null)]
    [TestCase("")]
    public void MissingDateTime_Throws(string? dateTime)
    {
        Assert.Throws<NopException>(() => _ = new NopMigrationAttribute(dateTime, "d"));
        Assert.Throws<NopException>(() => _ = new NopMigrationAttribute(dateTime, "4.90.3", UpdateMigrationType.Data));
    }

    [Test]
    public void DateTimeInAnotherFormat_IsRejected()
    {
        Assert.Throws<FormatException>(() => _ = new NopMigrationAttribute("02/01/2024 03:04", "d"));
    }

    [Test]
    public void NeitherDescriptionNorNopVersion_Throws()
    {
        Assert.Throws<NopException>(() => _ = new NopMigrationAttribute("2024/01/02 03:04:05"));
        Assert.Throws<NopException>(() => _ = new NopMigrationAttribute("2024/01/02 03:04:05", MigrationProcessType.Installation));
        Assert.Throws<NopException>(() => _ = new NopMigrationAttribute("2024/01/02 03:04:05", ""));
        Assert.Throws<NopException>(() => _ = new NopMigrationAttribute("2024/01/02 03:04:05", null, UpdateMigrationType.Data));
    }

    [Test]
    public void Defaults_AnyProcess_NotASchemaMigration_AppliedInDebugMode()
    {
        var attribute = new NopMigrationAttribute("2024/01/02 03:04:05", "d");

        Assert.That(attribute.TargetMigrationProcess, Is.EqualTo(MigrationProcessType.NoMatter));
        Assert.That(attribute.IsSchemaMigration, Is.False);
        Assert.That(attribute.ApplyInDbOnDebugMode, Is.True);
        Assert.That(new NopMigrationAttribute("2024/01/02 03:04:05", "d", MigrationProcessType.Installation).TargetMigrationProcess,
            Is.EqualTo(MigrationProcessType.Installation));
    }

    [Test]
    public void DerivedAttribute_UsesTheProtectedConfig()
    {
        var derived = new SchemaMigrationAttribute("2024/01/02 03:04:05", "derived");
        var explicitVersion = new ExplicitVersionAttribute(42);

        Assert.That(derived.Version, Is.EqualTo(_ticks20240102030405));
        Assert.That(derived.Description, Is.EqualTo("derived"));
        Assert.That(derived.IsSchemaMigration, Is.True);
        Assert.That(derived.ApplyInDbOnDebugMode, Is.False);
        Assert.That(explicitVersion.Version, Is.EqualTo(42));
        Assert.That(explicitVersion.Description, Is.EqualTo("explicit"));
    }

    [Test]
    public void PluginSchemaMigration_HasTheVersionTheRunnerSees()
    {
        var expected = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Unspecified).Ticks;
        var attribute = typeof(SchemaMigration).GetCustomAttribute<NopMigrationAttribute>();
        var info = DefaultMigrationRunnerConventions.Instance.GetMigrationInfoForMigration(new SchemaMigration());

        Assert.That(attribute, Is.Not.Null);
        Assert.That(attribute!.Version, Is.EqualTo(expected));
        Assert.That(attribute.Description, Is.EqualTo("Misc.AmazonChannel base schema"));
        Assert.That(attribute.TargetMigrationProcess, Is.EqualTo(MigrationProcessType.Installation));
        Assert.That(info.Version, Is.EqualTo(expected));
        Assert.That(info.Description, Is.EqualTo("Misc.AmazonChannel base schema"));
    }

    private sealed class SchemaMigrationAttribute : NopMigrationAttribute
    {
        public SchemaMigrationAttribute(string dateTime, string description)
            : base(new MigrationConfig { DateTime = dateTime, Description = description, ApplyInDbOnDebugMode = false })
        {
            IsSchemaMigration = true;
        }
    }

    private sealed class ExplicitVersionAttribute(long version)
        : NopMigrationAttribute(new MigrationConfig { Version = version, Description = "explicit" });
}
