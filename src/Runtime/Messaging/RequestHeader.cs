using Grid.Runtime.Identity;

namespace Grid.Runtime.Messaging;

internal sealed record RequestHeader(long MessageId, string InterfaceName, int MethodId, GrainId Target, long RemainingTicks, CallChain? Chain);
