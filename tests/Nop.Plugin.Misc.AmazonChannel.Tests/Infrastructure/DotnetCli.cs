using System.Diagnostics;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

/// <summary>
/// Runs the dotnet CLI from tests (packaging and build-mode checks) and returns its exit code and output. Fixtures that
/// use it belong to <see cref="TestCategories.DotnetCli"/> (DotnetCliCategoryTests checks it) and point the CLI at temp
/// folders, never at the repository's own bin/obj, which a build running at the same time may hold.
/// </summary>
public static class DotnetCli
{
    public sealed record Result(int ExitCode, string Output)
    {
        public void AssertSucceeded() => Assert.That(ExitCode, Is.Zero, Output);
    }

    public static Result Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result + error.Result);
    }
}
