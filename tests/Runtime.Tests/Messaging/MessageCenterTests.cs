using Grid.Runtime.Identity;
using Grid.Runtime.Serialization;
using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Messaging;

public sealed class MessageCenterTests
{
    [Fact]
    public async Task OnMessage_RandomAndTruncatedFrames_NeverThrowAndSiloKeepsServing()
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);
        var messages = cluster.Silos[0].Messages;
        var stranger = new SiloAddress("stranger", 1);
        var random = new Random(1234);

        for (var i = 0; i < 2_000; i++)
        {
            var frame = new byte[random.Next(0, 64)];
            random.NextBytes(frame);
            if (frame.Length > 0)
            {
                frame[0] = (byte)random.Next(0, 4);
            }

            messages.OnMessage(stranger, frame);
        }

        using var writer = new WireWriter();
        writer.WriteByte(1);
        writer.WriteVarInt64(7);
        writer.WriteString(typeof(ICounterGrain).FullName);
        writer.WriteVarInt32(0);
        writer.WriteString("counter");
        writer.WriteString("fuzzed");
        var header = writer.ToArray();
        for (var length = 0; length <= header.Length; length++)
        {
            messages.OnMessage(stranger, header.AsMemory(0, length));
        }

        Assert.Equal(3, await cluster.Client.GetGrain<ICounterGrain>("still-serving").AddAsync(3));
    }
}
