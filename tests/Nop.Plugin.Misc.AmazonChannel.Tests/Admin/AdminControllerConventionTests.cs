using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Services.Security;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// Walks every controller of the plugin by reflection: each is an admin-area plugin controller, each action checks
/// "Manage Amazon channel", and each POST validates the anti-forgery token. A new action that forgets one fails here.
/// Attributes are read as metadata: the ref/ stand-ins keep no state, nopCommerce's filters do the checking.
/// </summary>
public class AdminControllerConventionTests
{
    private static readonly Type[] _controllers = typeof(AmazonChannelPlugin).Assembly.GetTypes()
        .Where(type => typeof(ControllerBase).IsAssignableFrom(type) && !type.IsAbstract)
        .OrderBy(type => type.Name)
        .ToArray();

    private static IEnumerable<MethodInfo> Actions(Type controller) =>
        controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(method => !method.IsSpecialName && method.GetCustomAttribute<NonActionAttribute>() is null);

    private static IEnumerable<object[]> AllActions() =>
        _controllers.SelectMany(controller => Actions(controller).Select(action => new object[] { controller, action }));

    private static List<string> Permissions(MemberInfo action) =>
        action.GetCustomAttributesData().Where(data => data.AttributeType == typeof(CheckPermissionAttribute))
            .Select(data => (string)data.ConstructorArguments[0].Value!).ToList();

    private static bool HasAttribute<T>(MemberInfo member) => member.GetCustomAttributesData().Any(data => data.AttributeType == typeof(T));

    [Test]
    public void ThePluginHasTheAdminControllers()
    {
        Assert.That(_controllers.Select(type => type.Name), Is.SupersetOf(new[]
        {
            nameof(AmazonChannelConfigurationController), nameof(AmazonOrdersController), nameof(AmazonSyncLogController), nameof(AmazonQueueController),
            nameof(AmazonAccountsController), nameof(AmazonSkuMappingsController)
        }));
    }

    [TestCaseSource(nameof(AllControllers))]
    public void Controller_IsAnAdminAreaPluginController(Type controller)
    {
        Assert.That(typeof(BasePluginController).IsAssignableFrom(controller), Is.True);
        Assert.That(controller.GetCustomAttribute<AreaAttribute>()?.RouteValue, Is.EqualTo("Admin"));
        Assert.That(HasAttribute<AuthorizeAdminAttribute>(controller), Is.True, "[AuthorizeAdmin]");
    }

    [TestCaseSource(nameof(AllActions))]
    public void Action_ChecksTheManageAmazonChannelPermission(Type controller, MethodInfo action)
    {
        Assert.That(Permissions(action), Does.Contain(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL), $"{controller.Name}.{action.Name}");
    }

    [TestCaseSource(nameof(AllActions))]
    public void PostAction_ValidatesTheAntiforgeryToken(Type controller, MethodInfo action)
    {
        var isPost = action.GetCustomAttributes<HttpMethodAttribute>().Any(attribute => attribute.HttpMethods.Contains("POST"));
        if (!isPost)
        {
            Assert.That(action.GetCustomAttributes<HttpMethodAttribute>(), Is.Empty, $"{controller.Name}.{action.Name}: only GET and POST are used");
            return;
        }

        var validated = HasAttribute<AutoValidateAntiforgeryTokenAttribute>(controller) || HasAttribute<ValidateAntiForgeryTokenAttribute>(controller)
            || HasAttribute<ValidateAntiForgeryTokenAttribute>(action);
        Assert.That(validated, Is.True, $"{controller.Name}.{action.Name} accepts POST without an anti-forgery check");
        Assert.That(HasAttribute<IgnoreAntiforgeryTokenAttribute>(action) || HasAttribute<IgnoreAntiforgeryTokenAttribute>(controller), Is.False,
            $"{controller.Name}.{action.Name} switches the anti-forgery check off");
    }

    [Test]
    public void ConfigurePage_AlsoRequiresNopCommercesPluginPermission()
    {
        foreach (var action in Actions(typeof(AmazonChannelConfigurationController)))
            Assert.That(Permissions(action), Does.Contain(StandardPermission.Configuration.MANAGE_PLUGINS), action.Name);
    }

    [Test]
    public void TheCheckItself_FailsForAnActionWithoutPermission()
    {
        var unprotected = typeof(UnprotectedController).GetMethod(nameof(UnprotectedController.Save))!;

        Assert.That(Permissions(unprotected), Is.Empty);
        Assert.That(HasAttribute<AutoValidateAntiforgeryTokenAttribute>(typeof(UnprotectedController)), Is.False);
    }

    private static IEnumerable<Type> AllControllers() => _controllers;

    private sealed class UnprotectedController : BasePluginController
    {
        [HttpPost]
        public IActionResult Save() => new EmptyResult();
    }
}
