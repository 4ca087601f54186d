using System.Runtime.CompilerServices;
using Grid.Runtime.Serialization;

namespace Grid.Grains.Inventory;

/// <summary>Registers the hand-written journal codec with the generated ones when the assembly loads.</summary>
internal static class InventoryCodecRegistration
{
#pragma warning disable CA2255 // the runtime loads codecs through module initializers, generated or not
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => CodecRegistry.Register(new InventoryJournalEntryCodec());
}
