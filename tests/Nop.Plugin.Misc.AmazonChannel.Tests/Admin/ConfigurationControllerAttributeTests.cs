using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// The configure page's protection as compiled into the plugin. The attributes are read as metadata
/// (<see cref="CustomAttributeData"/>): the ref/ stand-ins keep no state, nopCommerce's filters do the checking.
/// </summary>
public class ConfigurationControllerAttributeTests
{
    private static readonly Type _controller = typeof(AmazonChannelConfigurationController);

    private static IEnumerable<MethodInfo> Actions() =>
        _controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(method => !method.IsSpecialName);

    [Test]
    public void IsAPluginControllerOfTheAdminArea()
    {
        Assert.That(typeof(BasePluginController).IsAssignableFrom(_controller), Is.True);
        Assert.That(_controller.GetCustomAttribute<AreaAttribute>()?.RouteValue, Is.EqualTo("Admin"));
        Assert.That(_controller.Name, Is.EqualTo("AmazonChannelConfigurationController"), "the URL Admin/AmazonChannelConfiguration/Configure names it");
    }

    [Test]
    public void RequiresAdminAccessAndAnAntiforgeryToken()
    {
        var attributes = _controller.GetCustomAttributesData().Select(data => data.AttributeType).ToList();

        Assert.That(attributes, Does.Contain(typeof(AuthorizeAdminAttribute)));
        Assert.That(attributes, Does.Contain(typeof(AutoValidateAntiforgeryTokenAttribute)));
        var authorize = _controller.GetCustomAttributesData().Single(data => data.AttributeType == typeof(AuthorizeAdminAttribute));
        Assert.That(authorize.ConstructorArguments.Single().Value, Is.EqualTo(false), "AuthorizeAdmin(ignore: false)");
    }

    [Test]
    public void EveryAction_ChecksThePluginsManagePermission_AndNopCommercesPluginPermission()
    {
        var actions = Actions().ToList();

        Assert.That(actions.Select(action => action.Name), Is.EquivalentTo(new[] { "Configure", "Configure" }));
        foreach (var action in actions)
        {
            var permissions = action.GetCustomAttributesData().Where(data => data.AttributeType == typeof(CheckPermissionAttribute)).ToList();
            Assert.That(permissions.Select(permission => permission.ConstructorArguments[0].Value),
                Is.EquivalentTo(new[] { "Misc.AmazonChannel.Manage", "Configuration.ManagePlugins" }), action.ToString());
            Assert.That(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL, Is.EqualTo("Misc.AmazonChannel.Manage"));
        }
    }

    [Test]
    public void OnlyTheSavingAction_AcceptsPost()
    {
        var post = Actions().Single(action => action.GetParameters().Length == 1);
        var get = Actions().Single(action => action.GetParameters().Length == 0);

        Assert.That(post.GetCustomAttribute<HttpPostAttribute>(), Is.Not.Null);
        Assert.That(get.GetCustomAttributes().OfType<HttpMethodAttribute>(), Is.Empty, "the page itself answers GET");
    }
}
