using Grid.Runtime.Storage;

namespace Grid.Runtime.Tests.Storage;

public sealed class MemoryJournalStorageTests : JournalStorageContractTests
{
    protected override Task<IJournalStorage> OpenAsync() => Task.FromResult<IJournalStorage>(new MemoryGrainStorage());
}
