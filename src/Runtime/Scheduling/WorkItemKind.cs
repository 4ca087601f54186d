namespace Grid.Runtime.Scheduling;

internal enum WorkItemKind
{
    StartRequest,
    Continuation,
    Activate,
    Deactivate,
}
