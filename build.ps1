<#
.SYNOPSIS
  Builds, tests and packages Nop.Plugin.Misc.AmazonChannel: a thin wrapper over the dotnet commands in README.md.

.DESCRIPTION
  With no switch it builds the package (artifacts/Misc.AmazonChannel.zip), as the README's first command does.
  Switches can be combined; they run in the order Package, Test, InTree.

.EXAMPLE
  dotnet tool restore; dotnet pwsh ./build.ps1 -Package -Test
.EXAMPLE
  ./build.ps1 -InTree -NopSourceDir C:\src\nopCommerce\src
#>
[CmdletBinding()]
param(
    # Build artifacts/Misc.AmazonChannel.zip (the default when no switch is given).
    [switch]$Package,
    # Run the unit tests (the README's test command). -Fast leaves out the tests that run the dotnet CLI.
    [switch]$Test,
    [switch]$Fast,
    # Build the plugin inside a nopCommerce 4.90 source tree (the folder holding NopCommerce.sln).
    [switch]$InTree,
    [string]$NopSourceDir = "",
    [string]$Configuration = "Release"
)
$ErrorActionPreference = "Stop"
$root = $PSScriptRoot
$project = Join-Path $root "Nop.Plugin.Misc.AmazonChannel/Nop.Plugin.Misc.AmazonChannel.csproj"
if (-not ($Package -or $Test -or $InTree)) { $Package = $true }

function Invoke-Dotnet([string[]]$arguments) {
    Write-Host "dotnet $($arguments -join ' ')"
    & dotnet @arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

if ($Package) {
    Invoke-Dotnet @("build", $project, "-c", $Configuration, "-p:PackagePlugin=true")
    Write-Host "Package: $(Join-Path $root 'artifacts/Misc.AmazonChannel.zip')"
}
if ($Test) {
    $arguments = @("test", (Join-Path $root "Nop.Plugin.Misc.AmazonChannel.sln"))
    if ($Fast) { $arguments += @("--filter", "TestCategory!=DotnetCli") }
    Invoke-Dotnet $arguments
}
if ($InTree) {
    if (-not $NopSourceDir) { throw "-InTree needs -NopSourceDir: the nopCommerce 4.90 'src' folder that holds NopCommerce.sln" }
    $sln = Join-Path $NopSourceDir "NopCommerce.sln"
    if (-not (Test-Path $sln)) { throw "No NopCommerce.sln in '$NopSourceDir'" }
    Invoke-Dotnet @("build", $project, "-c", $Configuration, "-p:NopSourceDir=$((Resolve-Path $NopSourceDir).Path)")
    Write-Host "Plugin: $(Join-Path $NopSourceDir 'Presentation/Nop.Web/Plugins/Misc.AmazonChannel')"
}
