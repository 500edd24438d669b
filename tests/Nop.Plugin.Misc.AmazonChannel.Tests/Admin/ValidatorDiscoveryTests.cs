using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Models.Accounts;
using Nop.Plugin.Misc.AmazonChannel.Validators;
using Nop.Services.Stores;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// The host finds the plugin's validators as nopCommerce registers them (FluentValidation's assembly scan, public types
/// only), each validates a model a POST action binds, and the account rules hold.
/// </summary>
public class ValidatorDiscoveryTests
{
    private static readonly Assembly _plugin = typeof(ConfigurationModelValidator).Assembly;

    private static IEnumerable<Type> PostedModelTypes() =>
        _plugin.GetTypes().Where(type => typeof(ControllerBase).IsAssignableFrom(type) && !type.IsAbstract)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(method => method.GetCustomAttribute<HttpPostAttribute>() is not null)
            .SelectMany(method => method.GetParameters()).Select(parameter => parameter.ParameterType)
            .Distinct();

    [Test]
    public void TheHostsScan_FindsEveryValidator_EachForAModelAPostActionBinds()
    {
        var found = AssemblyScanner.FindValidatorsInAssembly(_plugin).ToList();

        Assert.That(found.Select(result => result.ValidatorType),
            Is.EquivalentTo(_plugin.GetTypes().Where(type => type.IsClass && !type.IsAbstract && type.IsAssignableTo(typeof(IValidator)))),
            "a validator the scan misses (not public, abstract) is never run by the host");
        Assert.That(found.Select(result => result.ValidatorType), Has.All.Matches<Type>(type => type.BaseType is { IsGenericType: true } baseType
            && baseType.GetGenericTypeDefinition() == typeof(BaseNopValidator<>)));
        var validated = found.Select(result => result.InterfaceType.GetGenericArguments()[0]).ToList();
        Assert.That(validated, Is.SubsetOf(PostedModelTypes()), "a validator for a model no POST action binds never runs");
        Assert.That(validated.Select(type => type.Name), Is.EquivalentTo(new[] { "ConfigurationModel", "AmazonAccountModel", "CarrierMappingModel", "SkuMappingAddModel" }));
    }

    [Test]
    public void AnAccount_NeedsAKnownRegionAndStore_AndItsSecretsOnlyWhenNew()
    {
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetAllStores()).Returns(new List<Store> { new() { Id = 1, Name = "Main store" } });
        var validator = new AmazonAccountModelValidator(AdminTestKit.PluginResources().Object, stores.Object);
        var saved = new AmazonAccountModel { Id = 4, Name = "EU", SellerId = "A1", LwaClientId = "client", RegionId = (int)AmazonRegion.Europe, StoreId = 0 };

        Assert.That(validator.Validate(saved).Errors, Is.Empty, "a saved account keeps its secrets; store 0 is the default store");
        Assert.That(validator.Validate(saved with { Id = 0 }).Errors.Select(error => error.PropertyName), Is.EquivalentTo(new[] { "LwaClientSecret", "RefreshToken" }));
        var wrong = validator.Validate(saved with { RegionId = 99, StoreId = 3 }).Errors;
        Assert.That(wrong.Select(error => error.PropertyName), Is.EquivalentTo(new[] { "RegionId", "StoreId" }));
        Assert.That(wrong.Select(error => error.ErrorMessage), Has.None.Contains(ConfigurationTestKit.MissingMarker).And.None.Empty);
    }
}
