namespace Grid.Runtime.Activation;

internal enum ActivationState
{
    Activating,
    Valid,
    Deactivating,
    Invalid,
}
