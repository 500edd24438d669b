using AmazonSpApi.Emulator;

// dotnet run --project tests/AmazonSpApi.Emulator -- --urls http://127.0.0.1:5099 [--seed N --orders N --xsd DIR ...]
// The virtual clock starts at the wall clock and follows it; see docs/emulator.md.
var options = CommandLine.Options(args);
var emulator = new SpApiEmulator(options, new VirtualTimeProvider(TimeProvider.System.GetUtcNow()));
return await emulator.RunAsync(args);
