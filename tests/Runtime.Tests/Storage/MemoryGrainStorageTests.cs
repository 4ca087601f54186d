using Grid.Runtime.Storage;

namespace Grid.Runtime.Tests.Storage;

public sealed class MemoryGrainStorageTests : GrainStorageContractTests
{
    protected override bool IsDurable => false;

    protected override Task<IGrainStorage> OpenAsync() => Task.FromResult<IGrainStorage>(new MemoryGrainStorage());
}
