// BaseNopTest keeps one engine and one in-memory database per process, and EngineContext is process-wide:
// the fixtures run one after another, as nopCommerce's own tests do.
[assembly: NonParallelizable]
[assembly: LevelOfParallelism(1)]
