namespace Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

/// <summary>NUnit categories that let a developer leave slow groups out of a local run.</summary>
public static class TestCategories
{
    /// <summary>
    /// Tests that start the dotnet CLI (a Release package build, project evaluations). The plain
    /// <c>dotnet test Nop.Plugin.Misc.AmazonChannel.sln</c> (CI) runs them once; <c>--filter "TestCategory!=DotnetCli"</c>
    /// skips them in the fast developer loop.
    /// </summary>
    public const string DotnetCli = "DotnetCli";
}
