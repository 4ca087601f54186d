using Grid.Runtime.Reminders;

namespace Grid.Runtime.Tests.Reminders;

public sealed class MemoryReminderTableTests : ReminderTableContractTests
{
    internal override Task<IReminderTable> OpenAsync() => Task.FromResult<IReminderTable>(new MemoryReminderTable());
}
