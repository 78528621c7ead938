// Each test starts its own Kestrel host; on a two-core machine running classes in parallel mostly
// adds contention, which made the first tests of each class pay for every other class's JIT work.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
