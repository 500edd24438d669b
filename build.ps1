# Builds the plugin package (artifacts/Misc.AmazonChannel.zip). A thin wrapper over the one dotnet command in README.md.
param([string]$Configuration = "Release")
$ErrorActionPreference = "Stop"
dotnet build "$PSScriptRoot/Nop.Plugin.Misc.AmazonChannel/Nop.Plugin.Misc.AmazonChannel.csproj" -c $Configuration -p:PackagePlugin=true
exit $LASTEXITCODE
