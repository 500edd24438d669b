using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// What nopCommerce's FluentValidation integration does while binding a posted model, before the action runs: the
/// model's validator runs and each failure goes into ModelState under its property name. The controllers only read
/// ModelState, so tests that post a model call this first.
/// </summary>
internal static class HostModelValidation
{
    public static T Validated<T>(this ControllerBase controller, IValidator<T> validator, T model)
    {
        foreach (var failure in validator.Validate(model).Errors)
            controller.ModelState.AddModelError(failure.PropertyName, failure.ErrorMessage);
        return model;
    }
}
